// Issue 9 point 9: the client does not choose the request id its audit rows are filed under (it is
// generated; the client's X-Request-Id is kept as clientRequestId), and a query string with personal
// data does not reach the access log (the path and a redacted query are logged).
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { redactUrl } from '../../src/http/access-log.js';
import { loadConfig } from '../../src/config.js';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { openTestDatabase } from '../support/test-database.js';
import { TEST_DATA_KEY } from '../support/test-app.js';
import { ID_NUMBER_PATTERN } from '../support/personas.js';

let handle: DatabaseHandle;
let app: FastifyInstance;
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  handle = await openTestDatabase();
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      done();
    },
  });
  app = await buildApp({
    db: handle.db,
    config: { ...loadConfig({}), cookieSecure: false },
    dataKey: TEST_DATA_KEY,
    logger: { level: 'info', stream },
  });
  await app.ready();
}, 120_000);
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

describe('the access log', () => {
  it('logs the path and a redacted query, never a searched document number or name', async () => {
    lines.length = 0;
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/directory?q=110101199003077777&jurisdictionCode=520000&%E5%BC%A0%E4%B8%89=1',
    });
    expect(res.statusCode).toBeLessThan(500);
    const text = JSON.stringify(lines);
    expect(text).not.toMatch(ID_NUMBER_PATTERN);
    expect(text).not.toContain('520000');
    expect(text).not.toContain('%E5%BC%A0');
    const incoming = lines.find((l) => l.msg === 'incoming request') as { req: { url: string } };
    expect(incoming.req.url).toBe('/api/v1/directory?q=*&jurisdictionCode=*&*=*');
  });

  it('generates the request id; the client’s X-Request-Id is kept beside it as clientRequestId', async () => {
    lines.length = 0;
    const res = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'client-abc-123' },
    });
    const id = res.headers['x-request-id'];
    expect(id).not.toBe('client-abc-123');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const l of lines) expect(l).toMatchObject({ reqId: id, clientRequestId: 'client-abc-123' });
    // A header that is not a plain token is not logged at all.
    lines.length = 0;
    await app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'a b\u00e9<script>' } });
    expect(lines.every((l) => !('clientRequestId' in l))).toBe(true);
  });

  it('redactUrl keeps the path and the plain keys only', () => {
    expect(redactUrl('/api/v1/x')).toBe('/api/v1/x');
    expect(redactUrl('/a?b=1&&c')).toBe('/a?b=*&c=*');
    expect(redactUrl('/a?110101199003077777=1')).toBe('/a?*=*');
  });
});
