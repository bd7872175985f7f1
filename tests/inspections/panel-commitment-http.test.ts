// 公布抽取承诺 for an entry panel (decision 0038; mohrss-filing 一(十)3, 1x-selection §15) through the API:
// the deciding authority publishes the commitment while the case waits for its draw — the public draw page
// shows the commitment and no seed; a second call while it is open answers the same commitment (200,
// idempotent: a double click or a retry must not replace the seed the public already holds); draw_panel
// then draws with the committed seed and reveals it, the page says the commitment came before the draw and
// the re-run matches. Another authority, the applicant and the public cannot publish (404/403/401), and
// nothing can be published once the panel is drawn (409).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomUUID } from 'node:crypto';
import { openTestApp, type TestApp } from '../support/test-app.js';
import { loginPersonas, seedPersonas, type Client, type Fixture, type Persona } from '../support/personas.js';
import { verifyDraw, type DrawInputs, type DrawResult } from '../../src/workflows/draw/public-draw.js';

let t: TestApp;
let f: Fixture;
let as: Record<Persona, Client>;
const caseId = randomUUID();
let drawId: string;
let commitment: string;

beforeAll(async () => {
  t = await openTestApp();
  f = await seedPersonas(t.handle.db);
  as = await loginPersonas(t.app, f);
  // An employer filing accepted by guizhou, waiting for its panel (from 'accepted', event draw_panel).
  await t.handle.db.insertInto('cases').values({ id: caseId, procedure: 'mohrss-employer-filing', reference_no: '承诺测试〔2026〕1号', institution_id: f.institutions.y, branch_id: null, authority_id: f.authorities.guizhou, jurisdiction_code: '520100', parent_case_id: null, state: 'accepted', awaiting: 'authority', snapshot: JSON.stringify({ scopes: [{ occupationCode: '4-04-05-01', level: 3 }] }), submitted_at: new Date('2026-03-02T02:00:00Z'), closed_at: null, valid_from: null, valid_to: null, created_by: null }).execute(); // prettier-ignore
}, 120_000);
afterAll(async () => t?.close());

const url = `/api/v1/cases/${caseId}/panel-draw`;

describe('decision 0038 公布抽取承诺 before an entry panel is drawn', () => {
  it('before any commitment the case has none', async () => {
    const res = await as.provinceA.inject('GET', url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ draw: null });
  });

  it('another authority gets 404 (like a random id), the applicant 403, the public 401; nothing is published', async () => {
    expect((await as.provinceB.inject('POST', `${url}/commitment`)).statusCode).toBe(404);
    expect((await as.provinceB.inject('GET', url)).statusCode).toBe(404);
    expect((await as.provinceA.inject('POST', `/api/v1/cases/${randomUUID()}/panel-draw/commitment`)).statusCode).toBe(404); // prettier-ignore
    const own = await as.institutionY.inject('POST', `${url}/commitment`);
    expect([403, 404]).toContain(own.statusCode);
    expect((await as.anonymous.inject('POST', `${url}/commitment`)).statusCode).toBe(401);
    expect((await as.provinceA.inject('GET', url)).json()).toEqual({ draw: null });
  });

  it('the authority publishes it: the public page shows the commitment and no seed', async () => {
    const res = await as.provinceA.inject('POST', `${url}/commitment`);
    expect(res.statusCode, res.body).toBe(200);
    const { draw } = res.json<{ draw: { drawId: string; commitment: string; committedBeforeDraw: boolean; revealed: boolean } }>(); // prettier-ignore
    expect(draw).toMatchObject({ committedBeforeDraw: true, revealed: false });
    expect(draw.commitment).toMatch(/^[0-9a-f]{64}$/);
    ({ drawId, commitment } = draw);
    const pub = (await as.anonymous.inject('GET', `/api/v1/public/draws/${drawId}`)).json<Record<string, unknown>>(); // prettier-ignore
    expect(pub).toMatchObject({ commitment, seed: null, inputs: null, result: null, revealedAt: null, committedBeforeDraw: true }); // prettier-ignore
    expect(pub.subject).toEqual({ kind: 'review_panel', caseReferenceNo: '承诺测试〔2026〕1号' });
  });

  it('a second commitment while one is open answers the same one (200), the seed is not replaced', async () => {
    const again = await as.provinceA.inject('POST', `${url}/commitment`);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ draw: { drawId, commitment } });
    const rows = await t.handle.db
      .selectFrom('public_draws')
      .select('id')
      .where('case_id', '=', caseId)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('draw_panel draws with the committed seed and reveals it: committed before the draw, the re-run matches', async () => {
    const version = (await t.handle.db.selectFrom('cases').select('version').where('id', '=', caseId).executeTakeFirstOrThrow()).version; // prettier-ignore
    const res = await as.provinceA.inject('POST', `/api/v1/cases/${caseId}/events/draw_panel`, { version, payload: { poolId: f.pools.guizhou, size: 1 } }); // prettier-ignore
    expect(res.statusCode, res.body).toBe(200);
    const pub = (await as.anonymous.inject('GET', `/api/v1/public/draws/${drawId}`)).json<{
      commitment: string;
      seed: string;
      committedBeforeDraw: boolean;
      committedAt: string;
      revealedAt: string;
      inputs: DrawInputs;
      result: DrawResult;
      check: Record<string, boolean>;
    }>();
    expect(pub.commitment).toBe(commitment);
    expect(createHash('sha256').update(pub.seed).digest('hex')).toBe(commitment);
    expect(pub.committedBeforeDraw).toBe(true);
    expect(Date.parse(pub.committedAt)).toBeLessThanOrEqual(Date.parse(pub.revealedAt));
    expect(pub.check).toEqual({ commitmentMatches: true, inputsCanonical: true, resultMatches: true });
    // Our own re-run of the published inputs, independent of the server's check.
    expect(verifyDraw({ commitment, seed: pub.seed, inputs: pub.inputs, result: pub.result }).resultMatches).toBe(true); // prettier-ignore
    expect(pub.result.experts[0]!.expertIds).toHaveLength(1);
    // The panel recorded with the case uses that same seed.
    const panel = await t.handle.db.selectFrom('review_panels').select('seed').where('case_id', '=', caseId).executeTakeFirstOrThrow(); // prettier-ignore
    expect(panel.seed).toBe(pub.seed);
  });

  it('once drawn, no new commitment can be published (409 NOT_AWAITING_DRAW)', async () => {
    const res = await as.provinceA.inject('POST', `${url}/commitment`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'NOT_AWAITING_DRAW' });
  });
});
