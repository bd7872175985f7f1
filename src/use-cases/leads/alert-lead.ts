// mohrss-violations §15 ¶2: a data-access alert is a lead too — raised in the same transaction as the
// alert, in the ledger of the authority whose threshold it crossed, by the system (no user acted).
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import { raiseLead } from './raise-lead.js';

export interface RaisedAlert {
  id: string;
  authority_id: string;
  organisation_id: string;
  day: string;
  certificates: number;
  threshold: number;
}

export async function raiseAlertLead(db: Kysely<DB> | Transaction<DB>, alert: RaisedAlert): Promise<void> {
  const run = async (trx: Transaction<DB>) => {
    const org = await trx
      .selectFrom('verifier_organisations')
      .select('name')
      .where('id', '=', alert.organisation_id)
      .executeTakeFirst();
    await raiseLead(trx, { caller: null, system: true }, {
      source: 'data_access', authorityId: alert.authority_id, institutionId: null,
      subjectText: org?.name ?? null, sourceRef: `${alert.day}`, receivedOn: alert.day, dataAccessAlertId: alert.id,
      summary: `${org?.name ?? '核验单位'}于 ${alert.day} 读取证书 ${alert.certificates} 条，超过本部门设定的每日 ${alert.threshold} 条监测阈值（第十五条第二款）`,
    }); // prettier-ignore
  };
  if (db.isTransaction) await run(db as Transaction<DB>);
  else await db.transaction().execute(run);
}
