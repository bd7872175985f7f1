// The generic case API mounted with the test procedure (tests/workflow/cases-test-procedure.ts) and the
// access personas, for tests that need a case in a given state: opening, sending events, uploading a
// material by multipart (the same request the browser sends), and comparing an answer with the one a
// random id gets.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { caseRoutes } from '../../src/http/routes/cases.routes.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import { createSession } from '../../src/persistence/sessions.repository.js';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { openTestDatabase } from '../support/test-database.js';
import { TEST_DATA_KEY } from '../support/test-app.js';
import { loginPersonas, seedPersonas, type Client, type Fixture, type Persona } from '../support/personas.js';
import { testProcedure } from './cases-test-procedure.js';

export const BASE = '/api/v1/t';

export interface CaseApi {
  handle: DatabaseHandle;
  app: FastifyInstance;
  f: Fixture;
  clients: Record<Persona, Client>;
  open(persona?: Persona): Promise<string>;
  send(
    persona: Persona,
    caseId: string,
    event: string,
    body?: Record<string, unknown>,
  ): Promise<LightMyRequestResponse>;
  upload(
    persona: Persona,
    caseId: string,
    fields: Record<string, string>,
    file?: { name: string; type: string; bytes: Uint8Array },
  ): Promise<LightMyRequestResponse>;
  version(caseId: string): Promise<number>;
  close(): Promise<void>;
}

/** A multipart/form-data body as the browser sends it (fields, then the file). */
export function multipart(
  fields: Record<string, string>,
  file?: { name: string; type: string; bytes: Uint8Array },
) {
  const boundary = `----skillreg${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      Buffer.from(file.bytes),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export async function openCaseApi(config: Partial<Config> = {}): Promise<CaseApi> {
  const handle = await openTestDatabase();
  const f = await seedPersonas(handle.db);
  const app = await buildApp({
    db: handle.db,
    config: { ...loadConfig({}), cookieSecure: false, ...config },
    dataKey: TEST_DATA_KEY,
  });
  await app.register(caseRoutes, { prefix: BASE, procedures: [testProcedure], store: databaseFileStore() });
  await app.ready();
  const clients = await loginPersonas(app, f);
  const version = async (caseId: string) =>
    (await handle.db.selectFrom('cases').select('version').where('id', '=', caseId).executeTakeFirstOrThrow())
      .version;
  return {
    handle,
    app,
    f,
    clients,
    version,
    async open(persona = 'institutionX') {
      const res = await clients[persona].inject('POST', `${BASE}/cases`, {
        procedure: 'test-filing',
        input: { scopes: [{ occupationCode: '4-04-05-01', level: 3 }] },
      });
      if (res.statusCode !== 201) throw new Error(`open: ${res.statusCode} ${res.body}`);
      return res.json<{ id: string }>().id;
    },
    async send(persona, caseId, event, body) {
      return clients[persona].inject('POST', `${BASE}/cases/${caseId}/events/${event}`, {
        version: await version(caseId),
        ...body,
      });
    },
    async upload(persona, caseId, fields, file) {
      const body = multipart(fields, file);
      const session = await createSession(app.db, {
        userId: f.userIds[persona as Exclude<Persona, 'anonymous'>],
        absoluteExpiresAt: new Date(Date.now() + 3_600_000),
      });
      return app.inject({
        method: 'POST',
        url: `${BASE}/cases/${caseId}/materials`,
        headers: {
          cookie: `sid=${session.token}`,
          'x-csrf-token': session.csrfToken,
          'content-type': body.contentType,
        },
        payload: body.payload,
      });
    },
    async close() {
      await app.close();
      await handle.close();
    },
  };
}

/** Status and problem code of an answer: what must not differ between a foreign id and a random one. */
export const answerOf = (res: LightMyRequestResponse) => ({
  status: res.statusCode,
  code: (res.json<{ code?: string }>() ?? {}).code ?? null,
});
