// Demo step 'demo/voluntary-exits' (issue 15 point 3): the voluntary exits run through the real procedures,
// dated stories relative to today.
//   - A completed 1+X exit (1x-exit §4, §6, §10): a single-programme organisation of the imported world
//     (the second by name; the first is H4's revocation) applies before the latest past intake, is queued,
//     processed in the intake (panel from the office's pool, NDRC and SAMR consulted), approved — its only
//     programme takes the organisation with it (§2 ¶2) and the entity is barred for 3 years; published.
//     Login `inst_x_exit`.
//   - A 1+X application queued for the next intake (§6(1)): 杭州数智 (inst_sz) applies today to give up
//     大数据应用开发（Python） (its other programme, 云计算, is in H4's ordered-exit appeal). In January or July
//     the same application is in the current intake instead, and says so.
//   - A Guizhou §13 exit in its notice period: an imported Guizhou institution (a social organisation
//     where one is free) applied 10 days ago
//     to end all evaluation 30 days after; the department acknowledged; termination is possible only from
//     the intended end (the case page shows why). One without an open case of another step. Login `inst_gz_exit`.
// One-time (seed_runs), claimed before it runs; a part that cannot run warns and the others still do.
import type { Database } from '../../database.js';
import type { FileStore } from '../../file-store.js';
import { runOnce } from '../seed-runs.js';
import { addCalendarDays } from '../../../calendar/calendar-days.js';
import { hashPassword } from '../../../identity/password.js';
import { DEMO_PASSWORD } from './accounts.js';
import { demoId } from './ids.js';
import { beijing, demoRunEnv, isoDay, runDemoProcedure, type DemoRunEnv } from './run-procedure.js';
import { drawnExperts } from './selected-1x.js';
import { importGuizhouFiling, type GuizhouDemoFiling } from './guizhou-filing-import.js';

/** The §13 story's own filing, when every imported Guizhou filing carries another story. */
const GZ_EXIT_ORG: GuizhouDemoFiling = {
  name: '贵阳市南明区筑城职业技能评价中心（演示）',
  division: '520102',
  body8: 'MJ000318',
  filingCode: 'S5220240318',
  scope: '4-14-02-02:3/4',
  legalRepresentative: '陈立新',
  address: '贵州省贵阳市南明区花果园大街 28 号',
  decisionDate: '2024-03-15',
  validFrom: '2024-03-18',
  validTo: '2029-03-17',
};
import { submitExpertOpinion } from '../../../use-cases/review/submit-expert-opinion.js';

export const VOLUNTARY_EXITS_STEP = 'demo/voluntary-exits' as const;
export const X_EXIT_USERNAME = 'inst_x_exit';
export const GZ_EXIT_USERNAME = 'inst_gz_exit';
/** H4's revocation takes the first single-programme organisation by name (demo-claims). */
const TAKEN_BY_REVOCATION = '上海德润';

async function staffLogin(db: Database, username: string, institutionId: string, person: string) {
  await db
    .insertInto('users')
    .values({
      id: demoId('user', username),
      username,
      display_name: person,
      password_hash: await hashPassword(DEMO_PASSWORD),
      role: 'institution_staff',
      authority_id: null,
      institution_id: institutionId,
      expert_id: null,
    })
    .onConflict((oc) => oc.column('username').doNothing())
    .execute();
}

/** The latest intake (1 January / 1 July) whose story (30 days from its opening) ended before today. */
function pastIntake(today: string): string {
  const y = Number(today.slice(0, 4));
  const opens = [`${y}-07-01`, `${y}-01-01`, `${y - 1}-07-01`, `${y - 1}-01-01`];
  return opens.find((o) => addCalendarDays(o, 30) < today)!;
}

async function completed1x(env: DemoRunEnv, today: string): Promise<void> {
  const opens = pastIntake(today);
  const d = (n: number) => beijing(addCalendarDays(opens, n));
  const submitOn = addCalendarDays(opens, -25);
  const org = await env.db
    .selectFrom('directory_entries as e')
    .innerJoin('institutions as i', 'i.id', 'e.institution_id')
    .select(['i.id', 'i.name'])
    .where('e.regime', '=', '1x-selection')
    .where('e.withdrawn_at', 'is', null)
    .where('e.branch_id', 'is', null)
    .where('e.valid_from', '<=', addCalendarDays(submitOn, -366))
    .where('i.name', 'not like', `${TAKEN_BY_REVOCATION}%`)
    .where((eb) =>
      eb(
        eb
          .selectFrom('directory_entry_programmes as p')
          .select((x) => x.fn.countAll().as('n'))
          .whereRef('p.entry_id', '=', 'e.id'),
        '=',
        1,
      ),
    )
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('users as u').select('u.id').whereRef('u.institution_id', '=', 'i.id'))),
    )
    .orderBy('i.name')
    .executeTakeFirst();
  if (!org) throw new Error('no single-programme 1+X organisation a year old');
  await staffLogin(env.db, X_EXIT_USERNAME, org.id, '退出经办人');
  await runDemoProcedure(env, {
    procedure: '1x-voluntary-exit',
    applicant: X_EXIT_USERNAME,
    openedOn: beijing(submitOn),
    input: {
      level: 'organisation',
      reason: '战略调整，不再从事职业技能等级证书业务（演示）',
      workCompleted: true,
    },
    steps: [
      { as: X_EXIT_USERNAME, on: beijing(submitOn), event: 'submit' },
      { as: 'jco', on: d(1), event: 'start_processing' },
      {
        as: 'jco',
        on: d(3),
        event: 'draw_panel',
        payload: { poolId: demoId('expert_pool', 'jco-1x'), size: 3 },
      },
      {
        on: d(8),
        run: async (e, caseId, on) => {
          for (const expert of await drawnExperts(e, caseId))
            await submitExpertOpinion(e.db, {
              caller: expert,
              caseId,
              at: on,
              recommendation: 'approve',
              opinion: '已收费学员均已考核，已考核学员均已发证，相关工作已完成，同意退出。',
            });
        },
      },
      { as: 'jco', on: d(10), event: 'record_panel_opinion', payload: { outcome: 'approve' } },
      ...(['ndrc', 'samr'] as const).map((department) => ({
        as: 'jco',
        on: d(16),
        event: 'record_consultation',
        payload: {
          department,
          requestedOn: addCalendarDays(opens, 10),
          answeredOn: addCalendarDays(opens, 16),
          position: 'agree',
          opinion: '无不同意见（演示）',
          reference: department === 'ndrc' ? '发改办复〔演示〕1号' : '市监复〔演示〕1号',
        },
      })),
      {
        as: 'jco',
        on: d(20),
        event: 'approve',
        payload: { reason: '专家评议同意，国家发展改革委、市场监管总局无不同意见，善后事项已处理完毕。' },
      },
      { as: 'jco', on: d(22), event: 'publish', payload: { channel: '部际联席会议办公室网站（演示）' } },
    ],
  });
}

async function queued1x(env: DemoRunEnv, today: string): Promise<void> {
  await runDemoProcedure(env, {
    procedure: '1x-voluntary-exit',
    applicant: 'inst_sz',
    openedOn: beijing(today),
    input: {
      level: 'certificate',
      programmes: ['大数据应用开发（Python）'],
      reason: '该证书与本单位业务方向调整不符，拟退出实施资格（演示）',
      workCompleted: true,
    },
    steps: [{ as: 'inst_sz', on: beijing(today), event: 'submit' }],
  });
}

async function guizhouNotice(env: DemoRunEnv, today: string): Promise<void> {
  const org = await env.db
    .selectFrom('directory_entries as e')
    .innerJoin('institutions as i', 'i.id', 'e.institution_id')
    .innerJoin('users as a', (j) =>
      j.onRef('a.authority_id', '=', 'e.authority_id').on('a.role', '=', 'authority_staff'),
    )
    .select(['i.id', 'i.name', 'a.username as authority'])
    .where('e.jurisdiction_code', 'like', '52%')
    .where('e.regime', '=', 'mohrss-filing')
    .where('e.withdrawn_at', 'is', null)
    .where('e.branch_id', 'is', null)
    .where('i.kind', 'in', ['social_org', 'employer', 'school'])
    .where('e.import_batch_id', 'is not', null)
    // No renewal, exit or violation case of another step still open about it (inspections may be); in its
    // notice period nothing of it changes yet.
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('cases as k')
            .select('k.id')
            .whereRef('k.institution_id', '=', 'i.id')
            .where('k.closed_at', 'is', null)
            .where('k.procedure', 'in', [
              'gz-renewal',
              'ordered-exit',
              'violation-case',
              'gz-voluntary-exit',
            ]),
        ),
      ),
    )
    .orderBy('i.kind', 'desc')
    .orderBy('e.filing_code')
    .executeTakeFirst();
  // None free (the other stories took them): a filing of its own, brought in like theirs.
  const own13 = org ?? (await importGuizhouFiling(env.db, today, GZ_EXIT_ORG));
  if (!own13) throw new Error('the Guizhou filing of the §13 story was not imported');
  const subject = org ?? { ...own13, authority: 'guizhou' };
  // Its own login when it has one (another step may have made it), else inst_gz_exit.
  const own = await env.db
    .selectFrom('users')
    .select('username')
    .where('institution_id', '=', subject.id)
    .where('role', '=', 'institution_staff')
    .orderBy('username')
    .executeTakeFirst();
  const applicant = own?.username ?? GZ_EXIT_USERNAME;
  if (!own) await staffLogin(env.db, GZ_EXIT_USERNAME, subject.id, '退出经办人');
  const applied = addCalendarDays(today, -10);
  await runDemoProcedure(env, {
    procedure: 'gz-voluntary-exit',
    applicant,
    openedOn: beijing(applied),
    input: {
      intendedTerminationOn: addCalendarDays(applied, 30),
      reason: '机构业务调整，不再开展职业技能等级认定工作（演示）',
    },
    steps: [
      { as: applicant, on: beijing(applied), event: 'submit' },
      { as: subject.authority, on: beijing(addCalendarDays(applied, 2)), event: 'acknowledge' },
    ],
  });
}

export async function runVoluntaryExitsDemo(
  db: Database,
  store: FileStore,
  now = new Date(),
): Promise<boolean> {
  if (!(await runOnce(db, VOLUNTARY_EXITS_STEP, async () => ({ claimed: 1 })))) return false;
  const env = await demoRunEnv(db, store);
  const today = isoDay(now);
  let ok = true;
  for (const [what, step] of [
    ['1+X completed', completed1x],
    ['1+X queued', queued1x],
    ['Guizhou §13', guizhouNotice],
  ] as const)
    await step(env, today).catch((err: unknown) => {
      ok = false;
      console.warn(
        `演示自愿退出未能全部生成 / demo voluntary exits incomplete (${what}): ${(err as Error).message}`,
      );
    });
  return ok;
}
