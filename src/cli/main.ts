// Operator CLI: `npm run cli -- <command> …`. Each command lives in its own module.
import { loadConfig } from '../config.js';
import { openConfiguredDatabase } from '../persistence/open-configured.js';

const USAGE = `用法 / usage:
  npm run cli -- migrate                         apply database migrations
  npm run cli -- seed                            load reference and demo data (once)
  npm run cli -- import occupations <file.csv>   import the 职业分类大典 catalogue (idempotent)
  npm run cli -- import filings <file> [--dry-run]  import existing filings (CSV or .xlsx; idempotent)
  npm run cli -- audit verify                    verify the audit hash chain
  npm run cli -- audit chain                     chain pending audit rows now
  npm run cli -- audit purge                     remove audit rows older than the retention (purge role)
  npm run cli -- db roles                        create/grant the application and audit-purge roles (PostgreSQL, as owner)
  npm run cli -- sql "<statements>"              run SQL as the operator (e.g. on the embedded database)
  npm run cli -- verify-certificate <payload|certificate.pdf> --keys <jwks.json> [--status <list.json>] [--name <name>]
                                                 check an e-certificate (QR payload or PDF) offline
  npm run cli -- redraw <round-or-draw-id> [--from http://host:port]
                                                 re-run a public draw from its published inputs: MATCH or MISMATCH
  npm run rules -- evaluate <file.json>          evaluate a rule check`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'verify-certificate') {
    // Offline: no database, no configuration.
    const { runVerifyCertificateCommand } = await import('./verify-certificate-command.js');
    return runVerifyCertificateCommand(rest);
  }
  if (command === 'rules') {
    const { runRulesCommand } = await import('./rules-command.js');
    return runRulesCommand(rest);
  }
  if (command === 'redraw' && rest.includes('--from')) {
    // From a server's public API: no database here.
    const { runRedrawCommand } = await import('./redraw-command.js');
    return runRedrawCommand(rest, async () => undefined);
  }
  const config = loadConfig();
  const handle = await openConfiguredDatabase(config);
  try {
    switch (command) {
      case 'migrate':
        return 0; // openConfiguredDatabase has migrated
      case 'seed': {
        const { seedAll } = await import('../persistence/seed/seed-all.js');
        const { resolveDataKey } = await import('../identity/data-key.js');
        const { createPersonalDataProtector } = await import('../identity/personal-data.js');
        const personalData = createPersonalDataProtector(await resolveDataKey(config));
        const { fileStoreFor } = await import('../persistence/file-store.js');
        const result = await seedAll(handle.db, {
          demo: true,
          personalData,
          world: true,
          store: fileStoreFor(config),
        });
        console.log(`已加载 / loaded: ${JSON.stringify(result)}`);
        return 0;
      }
      case 'import': {
        if (rest[0] === 'filings' && rest[1]) {
          const { runImportFilings } = await import('./import-command.js');
          return await runImportFilings(handle.db, rest[1], rest.slice(2));
        }
        if (rest[0] !== 'occupations' || !rest[1]) break;
        const { runImportOccupations } = await import('./import-command.js');
        return await runImportOccupations(handle.db, rest[1], rest.slice(2));
      }
      case 'redraw': {
        const { runRedrawCommand } = await import('./redraw-command.js');
        const { drawIdOf, getPublicDraw } = await import('../use-cases/draw/public-draw-record.js');
        return await runRedrawCommand(rest, async () => {
          const id = rest.find((a) => !a.startsWith('--'));
          const drawId = id ? await drawIdOf(handle.db, id) : undefined;
          return drawId ? getPublicDraw(handle.db, drawId) : undefined;
        });
      }
      case 'sql': {
        if (!rest[0]) break;
        // An operator's console for the embedded database, which has no psql. Audited by nothing:
        // it is the same power as psql on a PostgreSQL server, and the audit verifier still sees it.
        const { sql } = await import('kysely');
        const result = await sql.raw(rest[0]).execute(handle.db);
        if (result.rows.length > 0) console.table(result.rows);
        else
          console.log(`OK${result.numAffectedRows !== undefined ? ` (${result.numAffectedRows} rows)` : ''}`);
        return 0;
      }
      case 'db': {
        if (rest[0] !== 'roles' || handle.kind !== 'postgres') break;
        const { provisionRoles, DEFAULT_ROLES } = await import('../persistence/db-roles.js');
        await provisionRoles(handle.db, {
          app: process.env.SKILLREG_APP_ROLE || DEFAULT_ROLES.app,
          purge: process.env.SKILLREG_PURGE_ROLE || DEFAULT_ROLES.purge,
        });
        console.log('已创建并授权应用角色与审计清理角色 / application and audit-purge roles granted');
        return 0;
      }
      case 'audit': {
        const { runAuditCommand } = await import('./audit-command.js');
        return await runAuditCommand(handle.db, rest, config);
      }
    }
    console.error(USAGE);
    return 2;
  } finally {
    await handle.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
