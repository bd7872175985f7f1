// security.md "Personal data": no document number in a URL, a log line or an error body. This test runs
// the requests that carry numbers (create, refuse, duplicate, update, reveal) through an app whose
// logs are captured at the most verbose level, then scans logs and responses for the numbers and for
// anything shaped like a valid 18-digit ID number.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { loadConfig } from '../../src/config.js';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { parseIdNumber } from '../../src/domain/id-number.js';
import { openTestDatabase } from '../support/test-database.js';
import { TEST_DATA_KEY } from '../support/test-app.js';
import {
  ID_NUMBER_PATTERN,
  loginPersonas,
  makeIdNumber,
  seedPersonas,
  type Client,
  type Fixture,
  type Persona,
} from '../support/personas.js';

const logLines: string[] = [];
let handle: DatabaseHandle;
let app: FastifyInstance;
let f: Fixture;
let as: Record<Persona, Client>;
const bodies: string[] = [];

beforeAll(async () => {
  handle = await openTestDatabase();
  f = await seedPersonas(handle.db);
  const stream = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  app = await buildApp({
    db: handle.db,
    config: { ...loadConfig({}), cookieSecure: false },
    dataKey: TEST_DATA_KEY,
    logger: { level: 'trace', stream },
  });
  await app.ready();
  as = await loginPersonas(app, f);
});
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

const record = async (p: Promise<{ body: string; statusCode: number }>) => {
  const res = await p;
  bodies.push(res.body);
  return res;
};

function validIdNumbersIn(text: string): string[] {
  return [...text.matchAll(new RegExp(ID_NUMBER_PATTERN.source, 'g'))]
    .map((m) => m[0])
    .filter((s) => parseIdNumber(s).ok);
}

describe('document numbers never leave through logs, URLs or error bodies', () => {
  it('runs every request that carries a number, then finds none in logs or in any body but the reveal', async () => {
    const staffUrl = `/api/v1/institutions/${f.institutions.x}/staff`;
    const number = makeIdNumber(321);
    const wrong = number.slice(0, 17) + (number[17] === '5' ? '6' : '5');
    const created = await record(
      as.institutionX.inject('POST', staffUrl, {
        name: '甲',
        idDocType: 'resident_id',
        idNumber: number,
        roles: [],
      }),
    );
    expect(created.statusCode).toBe(201);
    expect(
      (
        await record(
          as.institutionX.inject('POST', staffUrl, {
            name: '乙',
            idDocType: 'resident_id',
            idNumber: wrong,
            roles: [],
          }),
        )
      ).statusCode,
    ).toBe(422);
    expect(
      (
        await record(
          as.institutionX.inject('POST', staffUrl, {
            name: '甲',
            idDocType: 'resident_id',
            idNumber: number,
            roles: [],
          }),
        )
      ).statusCode,
    ).toBe(409);
    const id = JSON.parse(created.body).id as string;
    const newer = makeIdNumber(322);
    expect(
      (
        await record(
          as.institutionX.inject('PATCH', `/api/v1/staff/${id}`, {
            version: 1,
            idDocType: 'resident_id',
            idNumber: newer,
          }),
        )
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await record(
          as.provinceA.inject('POST', '/api/v1/experts', {
            name: '丙',
            employerName: 'x',
            idDocType: 'resident_id',
            idNumber: makeIdNumber(323),
          }),
        )
      ).statusCode,
    ).toBe(201);
    expect((await record(as.institutionX.inject('GET', staffUrl))).statusCode).toBe(200);
    expect((await record(as.provinceA.inject('GET', '/api/v1/experts?pageSize=100'))).statusCode).toBe(200);
    // A number in a malformed request is refused without being echoed.
    expect(
      (
        await record(
          as.institutionX.inject('POST', staffUrl, {
            name: '丁',
            idDocType: 'resident_id',
            idNumber: number,
            roles: 'all',
          }),
        )
      ).statusCode,
    ).toBe(400);
    const reveal = await as.provinceA.inject('GET', `/api/v1/staff/${id}/document-number`);
    expect(JSON.parse(reveal.body).idNumber).toBe(newer);

    const logs = logLines.join('');
    expect(logLines.length).toBeGreaterThan(10);
    expect(logs).toContain('/api/v1/institutions/');
    for (const n of [number, wrong, newer, ...f.documentNumbers]) {
      expect(logs.includes(n), 'a document number in the logs').toBe(false);
      for (const b of bodies) expect(b.includes(n), 'a document number in a response').toBe(false);
    }
    expect(validIdNumbersIn(logs)).toEqual([]);
    expect(bodies.flatMap(validIdNumbersIn)).toEqual([]);
  });

  it('stores the number only as AES-GCM ciphertext, an HMAC and a masked copy', async () => {
    const rows = await handle.db.selectFrom('staff').selectAll().execute();
    const experts = await handle.db.selectFrom('experts').selectAll().execute();
    const text = JSON.stringify([rows, experts]);
    for (const n of f.documentNumbers) expect(text.includes(n)).toBe(false);
    expect(validIdNumbersIn(text)).toEqual([]);
    for (const r of rows) expect(r.id_number_masked).toMatch(/^.{0,3}\*+.{0,4}$/);
  });

  it('publishes the registry routes in OpenAPI with Chinese tags and summaries', async () => {
    const spec = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const staff = spec.paths['/api/v1/institutions/{id}/staff'];
    expect(staff.post.tags).toEqual(['工作人员']);
    expect(staff.post.summary).toMatch(/工作人员/);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/institutions',
        '/api/v1/experts',
        '/api/v1/expert-pools/{id}/members',
        '/api/v1/occupations',
      ]),
    );
  });
});
