// Public certificate verification through the API (issue 12 points 1 and 3; decisions 0033, 0034): by
// number, by name + document number and by a QR payload, one answer shape for a hit and a miss, a
// certificate that no longer stands never shown as valid, the published keys and status lists, the
// throttles per client and per target with the proof-of-work challenge past the free lookups, and the
// lookup log by keyed hash only.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { loadConfig } from '../../src/config.js';
import { openTestDatabase } from '../support/test-database.js';
import { TEST_DATA_KEY } from '../support/test-app.js';
import { makeIdNumber, seedPersonas, type Fixture } from '../support/personas.js';
import { solvedChallenge } from '../support/challenge.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import {
  holderNameHash,
  signCertificatePayload,
  verifyCertificatePayload,
} from '../../src/verification/certificate-payload.js';
import { payloadFromPdf } from '../../src/verification/pdf-payload.js';
import { verifyCredential } from '../../src/verification/credential.js';
import { chinaDate } from '../../src/workflows/deadline.js';
import { fromKeySet } from '../../src/verification/key-set.js';
import {
  isRevokedAt,
  statusIndexOf,
  verifyStatusList,
  type StatusListDocument,
} from '../../src/verification/status-list.js';

let handle: DatabaseHandle;
let app: FastifyInstance;
/** The same database behind the production budgets (3 free, then the challenge; 30 / 10 at most). */
let strict: FastifyInstance;
let f: Fixture;
const pd = createPersonalDataProtector(TEST_DATA_KEY);
const OCC = '4-04-05-01';
const PREFIX = 'Y00005200000125'; // issuer code Y 0000 52 000001, year 2025
const VALID = `${PREFIX}3000001`;
const REVOKED = `${PREFIX}3000002`;
const HOLDER = '张三丰';
const DOC = makeIdNumber(901);
const OTHER_DOC = makeIdNumber(902);
let ipSerial = 0;
const today = () => chinaDate(new Date());
/** A fresh client address, so that a test's budget is its own. */
const newClient = () => `10.9.${Math.floor(++ipSerial / 250)}.${ipSerial % 250}`;

async function insertCertificate(number: string, status: 'valid' | 'invalidated') {
  const id = randomUUID();
  const doc = pd.protect(DOC);
  await handle.db
    .insertInto('certificates')
    .values({
      id,
      issue_year: 2025,
      number,
      issued_on: '2025-06-30',
      institution_id: f.institutions.x,
      branch_id: null,
      session_id: null,
      candidate_id: null,
      upload_id: randomUUID(),
      holder_name: HOLDER,
      holder_doc_type: 'resident_id',
      holder_doc_enc: doc.enc,
      holder_doc_hmac: doc.hmac,
      holder_doc_masked: doc.masked,
      occupation_code: OCC,
      level: 3,
      status,
    })
    .execute();
  if (status !== 'valid')
    await handle.db
      .insertInto('certificate_status_history')
      .values({
        id: randomUUID(),
        certificate_id: id,
        issue_year: 2025,
        from_status: 'valid',
        to_status: status,
        reason: '考试中使用通讯工具作弊（张三丰）',
        articles: JSON.stringify([{ regime: 'mohrss-violations', article: '第六条' }]),
        effective_on: '2026-03-01',
      })
      .execute();
}

beforeAll(async () => {
  handle = await openTestDatabase();
  f = await seedPersonas(handle.db);
  await handle.db
    .insertInto('certificate_issuer_codes')
    .values({
      id: randomUUID(),
      institution_id: f.institutions.x,
      kind_letter: 'Y',
      institution_code: '0000',
      province_code: '52',
      site_sequence: '000001',
    })
    .execute();
  await insertCertificate(VALID, 'valid');
  await insertCertificate(REVOKED, 'invalidated');
  app = await appWith({ client: { free: 1000, max: 1000 }, target: { free: 1000, max: 1000 } });
  strict = await appWith({ client: { free: 3, max: 30 }, target: { free: 3, max: 10 } });
});
async function appWith(budgets: {
  client: { free: number; max: number };
  target: { free: number; max: number };
}) {
  const a = await buildApp({
    db: handle.db,
    config: {
      ...loadConfig({}),
      cookieSecure: false,
      publicRateLimit: { max: 100_000, windowMs: 60_000 },
      verification: { windowMs: 600_000, ...budgets },
    },
    dataKey: TEST_DATA_KEY,
  });
  await a.ready();
  return a;
}
afterAll(async () => {
  await strict.close();
  await app.close();
  await handle.close();
});

function verify(body: Record<string, unknown>, client = newClient(), to = app) {
  return to.inject({
    method: 'POST',
    url: '/api/v1/public/certificates/verify',
    payload: body,
    remoteAddress: client,
  });
}
const get = (url: string) => app.inject({ method: 'GET', url });

describe('mohrss-filing 一(十)6, issue 12 point 1: anyone verifies a certificate without an account', () => {
  it('by number: what is needed and no more — the document number masked, no id or reason text', async () => {
    const res = await verify({ certificateNumber: VALID });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body.payload).toBeNull();
    expect(body.certificates).toEqual([
      {
        number: VALID,
        holderName: HOLDER,
        holderDocType: 'resident_id',
        holderDocMasked: pd.protect(DOC).masked,
        occupationCode: OCC,
        occupationName: expect.any(String),
        level: 3,
        institutionName: expect.any(String),
        issuedOn: '2025-06-30',
        status: 'valid',
        statusEffectiveOn: null,
        statusReason: null,
      },
    ]);
    expect(res.body).not.toContain(DOC);
  });

  it('a miss has the same shape: the same keys, an empty list', async () => {
    const hit = (await verify({ certificateNumber: VALID })).json();
    const miss = await verify({ certificateNumber: `${PREFIX}3000099` });
    expect(miss.statusCode).toBe(200);
    expect(Object.keys(miss.json()).sort()).toEqual(Object.keys(hit).sort());
    expect(miss.json().certificates).toEqual([]);
  });

  it('by name and document number; a wrong document number finds nothing', async () => {
    const found = await verify({ name: HOLDER, documentNumber: DOC });
    expect(
      found
        .json()
        .certificates.map((c: { number: string }) => c.number)
        .sort(),
    ).toEqual([VALID, REVOKED].sort());
    const other = await verify({ name: HOLDER, documentNumber: OTHER_DOC });
    expect(other.json().certificates).toEqual([]);
  });

  it('mohrss-violations §6, §8: an invalidated certificate says so, with the day and the reason category, never its text', async () => {
    const res = await verify({ certificateNumber: REVOKED });
    expect(res.json().certificates[0]).toMatchObject({
      status: 'invalidated',
      statusEffectiveOn: '2026-03-01',
      statusReason: 'candidate_violation',
    });
    expect(res.body).not.toContain('作弊');
  });

  it('bad input is a 422 with a Chinese message; two ways at once are refused; no GET with a number', async () => {
    const bad = await verify({ certificateNumber: 'Y123' });
    expect(bad.statusCode).toBe(422);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const both = await verify({ certificateNumber: VALID, name: HOLDER, documentNumber: DOC });
    expect(both.statusCode).toBe(400);
    const nameOnly = await verify({ documentNumber: DOC });
    expect(nameOnly.statusCode).toBe(400);
    expect((await get(`/api/v1/public/certificates/verify?certificateNumber=${VALID}`)).statusCode).toBe(404);
  });
});

describe('decision 0033: signed payloads, published keys, status lists', () => {
  const claims = () => ({
    number: VALID,
    holderNameHash: holderNameHash(VALID, HOLDER),
    occupationCode: OCC,
    level: 3,
    issuedOn: '2025-06-30',
    issuer: '52520100MJY000001X',
  });

  it('a QR payload signed with the server’s key verifies, with the register’s current status and the name compared', async () => {
    const payload = signCertificatePayload(claims(), app.verification.keys.signingKey, today());
    const res = await verify({ payload, name: HOLDER });
    expect(res.statusCode).toBe(200);
    expect(res.json().payload).toMatchObject({ valid: true, reason: null, nameMatches: true });
    expect(res.json().certificates[0].number).toBe(VALID);
    const wrongName = await verify({ payload, name: '李四' });
    expect(wrongName.json().payload.nameMatches).toBe(false);
  });

  it('a tampered payload fails and shows no certificate', async () => {
    const payload = signCertificatePayload(claims(), app.verification.keys.signingKey, today());
    const tampered = payload.replace('.3.', '.2.');
    const res = await verify({ payload: tampered });
    expect(res.json().payload).toMatchObject({ valid: false, reason: 'bad_signature' });
    expect(res.json().certificates).toEqual([]);
  });

  it('the key set is published at the API and at the well-known address, with the key in use', async () => {
    const api = await get('/api/v1/public/certificate-keys');
    const wellKnown = await get('/.well-known/skillreg-certificate-keys.json');
    expect(api.statusCode).toBe(200);
    expect(wellKnown.json()).toEqual(api.json());
    const keys = fromKeySet(api.json());
    expect(keys.map((k) => k.keyId)).toContain(app.verification.keys.signingKey.keyId);
    expect(keys.find((k) => k.keyId === app.verification.keys.signingKey.keyId)?.notAfter).toBeNull();
  });

  it('the status list of the issuer code and year has the invalidated certificate’s bit set, signed', async () => {
    const res = await get(`/api/v1/public/status-lists/${PREFIX}`);
    expect(res.statusCode).toBe(200);
    const doc = res.json<StatusListDocument>();
    const keys = fromKeySet((await get('/api/v1/public/certificate-keys')).json());
    const check = verifyStatusList(doc, keys, new Date());
    if (!check.ok) throw new Error(check.reason);
    expect(isRevokedAt(check.bits, statusIndexOf(REVOKED))).toBe(true);
    expect(isRevokedAt(check.bits, statusIndexOf(VALID))).toBe(false);
    expect((await get('/api/v1/public/status-lists/Y99995200000125')).statusCode).toBe(404);
    expect((await get('/api/v1/public/status-lists/x')).statusCode).toBe(400);
  });
});

describe('decision 0034: throttled per client and per target, logged by keyed hash', () => {
  it('past three lookups a client must solve the challenge; with it the lookup goes through', async () => {
    const client = newClient();
    for (let i = 0; i < 3; i++)
      expect((await verify({ certificateNumber: `${PREFIX}30001${i}0` }, client, strict)).statusCode).toBe(
        200,
      );
    const fourth = await verify({ certificateNumber: `${PREFIX}3000200` }, client, strict);
    expect(fourth.statusCode).toBe(400);
    expect(fourth.json().code).toBe('CHALLENGE_REQUIRED');
    const altcha = await solvedChallenge(get);
    const solved = await verify({ certificateNumber: `${PREFIX}3000200`, altcha }, client, strict);
    expect(solved.statusCode).toBe(200);
  });

  it('many clients guessing one holder’s document number are slowed as one, then refused with Retry-After', async () => {
    const name = '王五';
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push(
        (await verify({ name, documentNumber: makeIdNumber(100 + i) }, newClient(), strict)).statusCode,
      );
    expect(statuses).toEqual([200, 200, 200]);
    const fourth = await verify({ name, documentNumber: makeIdNumber(200) }, newClient(), strict);
    expect(fourth.json().code).toBe('CHALLENGE_REQUIRED');
    for (let i = 3; i < 10; i++) {
      const altcha = await solvedChallenge(get);
      expect(
        (await verify({ name, documentNumber: makeIdNumber(100 + i), altcha }, newClient(), strict))
          .statusCode,
      ).toBe(200);
    }
    const refused = await verify({ name, documentNumber: makeIdNumber(300) }, newClient(), strict);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json().code).toBe('RATE_LIMITED');
  });

  it('every lookup is in the log, by keyed hash: no number, name or address in clear', async () => {
    await app.verification.log.flush();
    await strict.verification.log.flush();
    const rows = await handle.db.selectFrom('certificate_lookups').selectAll().execute();
    expect(rows.length).toBeGreaterThan(20);
    expect(new Set(rows.map((r) => r.outcome))).toEqual(new Set(['found', 'not_found', 'refused']));
    const text = JSON.stringify(rows);
    for (const clear of [VALID, HOLDER, DOC, '王五', '10.9.0.1']) expect(text).not.toContain(clear);
    const byTarget = rows.filter((r) => r.channel === 'by_holder');
    expect(new Set(byTarget.map((r) => r.target_hash)).size).toBeLessThan(byTarget.length);
  });
});

describe('issue 12 points 3–4: the holder’s e-certificate and credential, without an account', () => {
  const ask = (body: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/public/certificates/e-certificate',
      payload: body,
      remoteAddress: newClient(),
    });

  it('the PDF carries a payload signed with a published key, for the holder who names it', async () => {
    const res = await ask({ certificateNumber: VALID, name: HOLDER, documentNumber: DOC, format: 'pdf' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const payload = payloadFromPdf(res.rawPayload);
    expect(payload).not.toBeNull();
    // And the file itself carries a PAdES signature for PDF readers (decision 0036).
    const text = res.rawPayload.toString('latin1');
    expect(text).toContain('/ByteRange');
    expect(text).toContain('/ETSI.CAdES.detached');
    const keys = fromKeySet((await get('/api/v1/public/certificate-keys')).json());
    const check = verifyCertificatePayload(payload!, keys);
    expect(check.ok).toBe(true);
    if (check.ok) {
      expect(check.claims.number).toBe(VALID);
      expect(check.claims.holderNameHash).toBe(holderNameHash(VALID, HOLDER));
    }
  });

  it('another document number, or another name, gets the 404 a random number gets', async () => {
    const wrongDoc = await ask({
      certificateNumber: VALID,
      name: HOLDER,
      documentNumber: OTHER_DOC,
      format: 'pdf',
    });
    const random = await ask({
      certificateNumber: `${PREFIX}3000777`,
      name: HOLDER,
      documentNumber: DOC,
      format: 'pdf',
    });
    expect(wrongDoc.statusCode).toBe(404);
    expect(random.statusCode).toBe(404);
    expect(wrongDoc.json().detail).toBe(random.json().detail);
  });

  it('1x-selection §24: the credential is a VC 2.0 OpenBadgeCredential whose eddsa-jcs-2022 proof verifies', async () => {
    const res = await ask({
      certificateNumber: REVOKED,
      name: HOLDER,
      documentNumber: DOC,
      format: 'credential',
    });
    expect(res.statusCode).toBe(200);
    const vc = JSON.parse(res.body);
    expect(vc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(vc.credentialStatus.statusListIndex).toBe(String(statusIndexOf(REVOKED)));
    expect(res.body).not.toContain(DOC);
    const kid = String(vc.proof.verificationMethod).split('#')[1];
    const key = fromKeySet((await get('/api/v1/public/certificate-keys')).json()).find(
      (k) => k.keyId === kid,
    )!;
    expect(verifyCredential(vc, key.publicKey)).toBe(true);
    vc.credentialSubject.achievement.name = '伪造';
    expect(verifyCredential(vc, key.publicKey)).toBe(false);
  });
});

describe('issue 12 point 6: lookups can read from a replica (DATABASE_READ_URL)', () => {
  it('the lookup and the status list read through the read database; the primary stands in for the replica', async () => {
    let reads = 0;
    const replica = handle.db.withPlugin({
      transformQuery: (args) => {
        reads++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    const withReplica = await buildApp({
      db: handle.db,
      readDb: replica,
      config: { ...loadConfig({}), cookieSecure: false },
      dataKey: TEST_DATA_KEY,
    });
    try {
      await withReplica.ready();
      const res = await withReplica.inject({
        method: 'POST',
        url: '/api/v1/public/certificates/verify',
        payload: { certificateNumber: VALID },
        remoteAddress: newClient(),
      });
      expect(res.json().certificates[0].number).toBe(VALID);
      expect(reads).toBeGreaterThan(0);
      const before = reads;
      expect(
        (await withReplica.inject({ method: 'GET', url: `/api/v1/public/status-lists/${PREFIX}` }))
          .statusCode,
      ).toBe(200);
      expect(reads).toBeGreaterThan(before);
    } finally {
      await withReplica.close();
    }
  });
});
