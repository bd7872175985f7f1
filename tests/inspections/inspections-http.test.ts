// 1x-selection §25 双随机、一公开 through the API: a province plans a round (the commitment is public at
// once, the seed is not), draws (targets from its own directory only, an expert with a declared conflict
// never drawn for that target), records findings, concludes (the outcome must follow the findings),
// publishes; the public re-runs the draw and reads the result; another province gets 404 throughout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomUUID } from 'node:crypto';
import { openTestApp, type TestApp } from '../support/test-app.js';
import { loginPersonas, seedPersonas, type Client, type Fixture, type Persona } from '../support/personas.js';
import { publishDirectoryEntry } from '../../src/use-cases/directory/publish-directory-entry.js';
import { verifyDraw, type DrawInputs, type DrawResult } from '../../src/workflows/draw/public-draw.js';
import { fetchPublishedDraw, reportRedraw } from '../../src/cli/redraw-command.js';
import { drawIdOf, getPublicDraw } from '../../src/use-cases/draw/public-draw-record.js';

let t: TestApp;
let f: Fixture;
let as: Record<Persona, Client>;
let roundId: string;
let drawId: string;

beforeAll(async () => {
  t = await openTestApp();
  f = await seedPersonas(t.handle.db);
  as = await loginPersonas(t.app, f);
  await t.handle.db.transaction().execute(async (trx) => {
    for (const [i, id] of [f.institutions.x, f.institutions.y, f.institutions.z].entries()) {
      const caseId = randomUUID();
      const authorityId = i === 2 ? f.authorities.zhejiang : f.authorities.guizhou;
      await trx.insertInto('cases').values({ id: caseId, procedure: 'test-filing', reference_no: `抽查测试〔2026〕${i}号`, institution_id: id, branch_id: null, authority_id: authorityId, jurisdiction_code: i === 2 ? '330100' : '520100', parent_case_id: null, state: 'filed', awaiting: null, snapshot: '{}', submitted_at: null, closed_at: null, valid_from: null, valid_to: null, created_by: null }).execute(); // prettier-ignore
      await publishDirectoryEntry(trx, { caller: null }, {
        institutionId: id, caseId, procedure: 'test-filing', regime: 'mohrss-filing', filingCode: `抽查测试备案码${i}`,
        validFrom: '2020-01-01', validTo: null, scopes: [{ occupationCode: '4-04-05-01', level: 3 }],
        authorityId, citations: [{ source: 'mohrss-filing', article: '二', item: '十' }],
      }); // prettier-ignore
    }
    // The pool's second expert declared a conflict with X: never drawn for X.
    await trx.insertInto('expert_conflicts').values({ id: randomUUID(), expert_id: f.experts.guizhou, institution_id: f.institutions.x, institution_uscc: null, institution_name: '贵阳机构X', relation: 'part_time', reason: null, declared_by: null }).execute(); // prettier-ignore
  });
}, 120_000);
afterAll(async () => t?.close());

const plan = {
  title: '2026 年第一批双随机抽查',
  institutionKinds: ['social_org', 'employer'],
  targetCount: 2,
  expertsPerTarget: 1,
  methods: ['materials', 'site_visit'],
  plannedStart: '2026-06-01',
  plannedEnd: '2026-06-30',
};

describe('§25 a double-random round', () => {
  it('planning publishes the commitment, not the seed', async () => {
    const res = await as.provinceA.inject('POST', '/api/v1/inspection-rounds', {
      ...plan,
      poolId: f.pools.guizhou,
    });
    expect(res.statusCode, res.body).toBe(201);
    ({ id: roundId, drawId } = res.json<{ id: string; drawId: string }>());
    const pub = (await as.anonymous.inject('GET', `/api/v1/public/draws/${drawId}`)).json<{
      commitment: string;
      seed: string | null;
    }>();
    expect(pub.commitment).toMatch(/^[0-9a-f]{64}$/);
    expect(pub.seed).toBeNull();
  });

  it('a province may not plan over another province (404) nor with a pool it may not use (404)', async () => {
    const other = await as.provinceA.inject('POST', '/api/v1/inspection-rounds', {
      ...plan,
      jurisdictionCode: '330000',
      poolId: f.pools.guizhou,
    });
    expect(other.statusCode).toBe(404);
    const pool = await as.provinceA.inject('POST', '/api/v1/inspection-rounds', {
      ...plan,
      poolId: f.pools.zhejiang,
    });
    expect(pool.statusCode).toBe(404);
    expect(
      (
        await as.institutionX.inject('POST', '/api/v1/inspection-rounds', {
          ...plan,
          poolId: f.pools.guizhou,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('another province sees nothing of the round: 404 like a random id', async () => {
    for (const [m, url] of [
      ['GET', `/api/v1/inspection-rounds/${roundId}`],
      ['POST', `/api/v1/inspection-rounds/${roundId}/draw`],
    ] as const)
      expect((await as.provinceB.inject(m, url)).statusCode).toBe(404);
    const list = (await as.provinceB.inject('GET', '/api/v1/inspection-rounds')).json<{ items: unknown[] }>();
    expect(list.items).toEqual([]);
  });

  it('the draw takes targets from its own province and never an expert tied to the target', async () => {
    const res = await as.provinceA.inject('POST', `/api/v1/inspection-rounds/${roundId}/draw`);
    expect(res.statusCode, res.body).toBe(200);
    expect((await as.provinceA.inject('POST', `/api/v1/inspection-rounds/${roundId}/draw`)).statusCode).toBe(
      409,
    );
    const round = (await as.provinceA.inject('GET', `/api/v1/inspection-rounds/${roundId}`)).json<{
      status: string;
      inspections: { institutionId: string; experts: { expertId: string }[] }[];
    }>();
    expect(round.status).toBe('drawn');
    expect(round.inspections.map((i) => i.institutionId).sort()).toEqual(
      [f.institutions.x, f.institutions.y].sort(),
    );
    const x = round.inspections.find((i) => i.institutionId === f.institutions.x)!;
    expect(x.experts.map((e) => e.expertId)).toEqual([f.experts.self]);
  });

  it('the public draw reveals the seed and re-runs to the same result', async () => {
    const pub = (await as.anonymous.inject('GET', `/api/v1/public/draws/${drawId}`)).json<{
      commitment: string;
      seed: string;
      inputs: DrawInputs;
      result: DrawResult;
      check: Record<string, boolean>;
    }>();
    expect(createHash('sha256').update(pub.seed).digest('hex')).toBe(pub.commitment);
    expect(pub.check).toEqual({ commitmentMatches: true, inputsCanonical: true, resultMatches: true });
    expect(verifyDraw(pub).resultMatches).toBe(true);
    const xGroup = pub.inputs.experts!.groups.find((g) => g.targetId === f.institutions.x)!;
    expect(xGroup.excluded).toEqual([{ id: f.experts.guizhou, reasons: ['declared_conflict'] }]);
    expect(pub.inputs.targets!.candidates).not.toContain(f.institutions.z);
  });

  it('findings, a conclusion that must follow them, publication, and a rectification', async () => {
    const round = (await as.provinceA.inject('GET', `/api/v1/inspection-rounds/${roundId}`)).json<{
      inspections: { id: string; institutionId: string }[];
    }>();
    const x = round.inspections.find((i) => i.institutionId === f.institutions.x)!.id;
    expect(
      (await as.provinceB.inject('PUT', `/api/v1/inspections/${x}/findings`, { findings: [] })).statusCode,
    ).toBe(404);
    const put = await as.provinceA.inject('PUT', `/api/v1/inspections/${x}/findings`, { findings: [
      { item: '考评人员配备', method: 'materials', result: 'ok' },
      { item: '考核场地', method: 'site_visit', result: 'problem', note: '场地面积与备案不符' },
    ] }); // prettier-ignore
    expect(put.statusCode, put.body).toBe(200);
    const wrong = await as.provinceA.inject('POST', `/api/v1/inspections/${x}/conclude`, {
      outcome: 'no_problems',
      conclusion: '未发现问题',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json<{ code: string }>().code).toBe('OUTCOME_NOT_SUPPORTED');
    const done = await as.provinceA.inject('POST', `/api/v1/inspections/${x}/conclude`, {
      outcome: 'rectify',
      conclusion: '考核场地不符合备案条件，责令整改',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect((await as.provinceA.inject('POST', `/api/v1/inspections/${x}/publish`)).statusCode).toBe(200);
    const rect = await as.provinceA.inject('POST', `/api/v1/inspections/${x}/rectification`, {
      subject: '考核场地整改',
      deadline: '2099-12-31',
    });
    expect(rect.statusCode, rect.body).toBe(201);
    const pub = (await as.anonymous.inject('GET', '/api/v1/public/inspection-rounds')).json<{
      items: {
        id: string;
        inspections: { institutionId: string; outcome: string | null; experts: { name: string | null }[] }[];
      }[];
    }>();
    const r = pub.items.find((i) => i.id === roundId)!;
    expect(r.inspections.find((i) => i.institutionId === f.institutions.x)!.outcome).toBe('rectify');
    expect(r.inspections.find((i) => i.institutionId === f.institutions.y)!.outcome).toBeNull();
    expect(r.inspections.flatMap((i) => i.experts.map((e) => e.name))).toEqual([null, null]);
    const own = (await as.institutionX.inject('GET', '/api/v1/inspections/own')).json<{
      items: { institutionId: string }[];
    }>();
    expect(own.items.map((i) => i.institutionId)).toEqual([f.institutions.x]);
    const mine = (await as.expert.inject('GET', '/api/v1/inspections/assigned')).json<{ items: unknown[] }>();
    expect(mine.items.length).toBeGreaterThanOrEqual(1);
  });

  it('CLI redraw: from a server’s public API by the round’s reference, and from the local database — MATCH; a tampered result — MISMATCH', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const ref = (await as.provinceA.inject('GET', `/api/v1/inspection-rounds/${roundId}`)).json<{
      referenceNo: string;
    }>().referenceNo;
    const fetched = await fetchPublishedDraw(address, ref);
    const lines: string[] = [];
    expect(reportRedraw(fetched!, (l) => lines.push(l))).toBe(0);
    expect(lines.at(-1)).toBe('MATCH 一致');
    expect(lines.join('\n')).toContain('贵阳机构X');
    const local = await getPublicDraw(t.handle.db, (await drawIdOf(t.handle.db, roundId))!);
    expect(reportRedraw(local, () => {})).toBe(0);
    const tampered = {
      ...local,
      result: { ...local.result!, targets: [...local.result!.targets].reverse() },
    };
    const out: string[] = [];
    expect(reportRedraw(tampered, (l) => out.push(l))).toBe(1);
    expect(out.at(-1)).toBe('MISMATCH 不一致');
  });
});
