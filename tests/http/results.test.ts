// Results 成绩 (issue 11 point 4) through the API: pass marks entered by the institution (none by default;
// validated), per candidate per subject a score, absent or cancelled with its article (mohrss-violations
// §5 one subject, §6/§7 every subject), the overall result decided by the rule (a score equal to the pass
// mark passes, one point below fails — §12(1)); closing refused with what is missing (§12(1)–(4)); after
// closing only a recorded correction, a flip of the overall result shown, refused once a certificate
// exists; Excel template, import with a per-row report, export; scoping and bad input.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../support/test-app.js';
import { loginPersonas, seedPersonas, type Client, type Fixture, type Persona } from '../support/personas.js';
import type { Database } from '../../src/persistence/database.js';
import { createSession } from '../../src/persistence/sessions.repository.js';
import { addStaff, fileX, OCC, openSession, register, type HeldSession } from '../support/session-fixture.js';

let t: TestApp;
let f: Fixture;
let as: Record<Persona, Client>;
let db: Database;

interface Problem {
  code: string;
  detail: string;
  title_en?: string;
  detail_en?: string;
  errors?: { path: string; message: string; message_en?: string }[];
  report?: { problems: { row: number; column: string | null; message: string; message_en?: string }[] };
}

/**
 * The English interface reads title_en/detail_en: no Chinese left in them but the names of persons,
 * which are data (issue 11 point 4).
 */
const inEnglish = (p: Problem, ...names: string[]) => {
  expect(p.title_en, p.code).toBeTruthy();
  const text = names.reduce((t, n) => t.replaceAll(n, ''), `${p.title_en} ${p.detail_en}`);
  expect(text).not.toMatch(/[\u3400-\u9fff]/);
  for (const e of p.errors ?? []) expect(e.message_en ?? '', e.path).toMatch(/^[^\u3400-\u9fff]+$/);
};
interface Results {
  candidates: {
    candidateId: string;
    name: string;
    overallResult: string | null;
    results: { subject: string; outcome: string; score: number | null }[];
  }[];
  corrections: { overallBefore: string | null; overallAfter: string | null; reason: string }[];
  counts: { passed: number; failed: number; undecided: number };
  correction?: { flipped: boolean; overallBefore: string; overallAfter: string };
}

const marks = (s: string, theory = 60) =>
  as.institutionX.inject('PUT', `/api/v1/evaluation-sessions/${s}/pass-marks`, {
    marks: [
      { subject: 'theory', fullMark: 100, passMark: theory, source: '国家职业技能标准（测试）5.1' },
      { subject: 'skills', fullMark: 100, passMark: 60, source: '国家职业技能标准（测试）5.2' },
    ],
  });
const enter = (s: string, c: string, results: unknown[], who: Client = as.institutionX) =>
  who.inject('PUT', `/api/v1/evaluation-sessions/${s}/candidates/${c}/results`, { results });
const scored = (theory: number, skills: number) => [
  { subject: 'theory', outcome: 'scored', score: theory },
  { subject: 'skills', outcome: 'scored', score: skills },
];
const results = async (s: string, who: Client = as.institutionX) =>
  (await who.inject('GET', `/api/v1/evaluation-sessions/${s}/results`)).json<Results>();
const overallOf = async (s: string, c: string) =>
  (await results(s)).candidates.find((x) => x.candidateId === c)!.overallResult;
const close = (s: HeldSession) =>
  as.institutionX.inject('POST', `/api/v1/evaluation-sessions/${s.id}/close`, { version: s.version });

async function staffed(s: string) {
  for (const [name, duty, role] of [
    ['考务甲', 'exam_admin', { role: 'exam_admin' }],
    ['考评乙', 'assessor', { role: 'assessor', occupationCode: OCC, level: 3 }],
    ['督导丙', 'quality_supervisor', { role: 'quality_supervisor' }],
  ] as const) {
    const p = await addStaff(db, f.institutions.x, name, [role]);
    const r = await as.institutionX.inject('POST', `/api/v1/evaluation-sessions/${s}/staff`, {
      staffId: p.id,
      duty,
    });
    expect(r.statusCode, r.body).toBe(201);
  }
}

beforeAll(async () => {
  t = await openTestApp();
  db = t.handle.db;
  f = await seedPersonas(db);
  as = await loginPersonas(t.app, f);
  await fileX(db, f);
});
afterAll(async () => t?.close());

describe('pass marks: entered from the standard, never a default', () => {
  it('no pass mark → a score is refused and the overall result stays undecided', async () => {
    const s = await openSession(as.institutionX, f);
    const c = await register(as.institutionX, s.id, '张未定');
    const res = await enter(s.id, c, scored(80, 80));
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().detail).toContain('请先录入「理论知识考试」的满分和合格分数线');
    inEnglish(res.json<Problem>(), '张未定');
    expect(res.json<Problem>().detail_en).toContain('full mark and pass mark of the Theory exam');
    expect((await results(s.id)).candidates[0]!.overallResult).toBeNull();
  });

  it('a pass mark above the full mark, or a subject the session does not have, is refused', async () => {
    const s = await openSession(as.institutionX, f);
    const above = await as.institutionX.inject('PUT', `/api/v1/evaluation-sessions/${s.id}/pass-marks`, {
      marks: [{ subject: 'theory', fullMark: 100, passMark: 101, source: '标准' }],
    });
    expect(above.statusCode).toBe(422);
    expect(above.headers['content-type']).toContain('application/problem+json');
    inEnglish(above.json<Problem>());
    const other = await as.institutionX.inject('PUT', `/api/v1/evaluation-sessions/${s.id}/pass-marks`, {
      marks: [{ subject: 'comprehensive_review', fullMark: 100, passMark: 60, source: '标准' }],
    });
    expect(other.statusCode).toBe(422);
    expect(other.json<Problem>().detail).toContain('本批次没有该科目');
  });
});

describe('mohrss-violations §12(1): every subject at least its pass mark → passed', () => {
  it('a score equal to the pass mark passes; one point below fails; a higher pass mark turns it', async () => {
    const s = await openSession(as.institutionX, f);
    expect((await marks(s.id)).statusCode).toBe(200);
    const eq = await register(as.institutionX, s.id, '李等线');
    const below = await register(as.institutionX, s.id, '王差一');
    expect((await enter(s.id, eq, scored(60, 60))).statusCode).toBe(200);
    expect((await enter(s.id, below, scored(59, 90))).statusCode).toBe(200);
    expect(await overallOf(s.id, eq)).toBe('passed');
    expect(await overallOf(s.id, below)).toBe('failed');
    expect((await marks(s.id, 61)).statusCode).toBe(200);
    expect(await overallOf(s.id, eq)).toBe('failed');
    const row = await db
      .selectFrom('candidates')
      .select(['overall_result', 'result_decided_at'])
      .where('id', '=', eq)
      .executeTakeFirstOrThrow();
    expect(row.overall_result).toBe('failed');
    expect(row.result_decided_at).not.toBeNull();
  });

  it('absent fails; a score above the full mark or with three decimals is refused', async () => {
    const s = await openSession(as.institutionX, f);
    await marks(s.id);
    const c = await register(as.institutionX, s.id, '赵缺考');
    await enter(s.id, c, [
      { subject: 'theory', outcome: 'absent' },
      { subject: 'skills', outcome: 'scored', score: 99 },
    ]);
    expect(await overallOf(s.id, c)).toBe('failed');
    const above = await enter(s.id, c, [{ subject: 'theory', outcome: 'scored', score: 100.5 }]);
    expect(above.statusCode).toBe(422);
    inEnglish(above.json<Problem>(), '赵缺考');
    expect((await enter(s.id, c, [{ subject: 'theory', outcome: 'scored', score: 60.125 }])).statusCode).toBe(
      422,
    );
  });
});

describe('mohrss-violations §5–7: cancelled results (取消成绩)', () => {
  it('§5 cancels one subject; §6 every subject of the session; a cancellation without article is refused', async () => {
    const s = await openSession(as.institutionX, f);
    await marks(s.id);
    const one = await register(as.institutionX, s.id, '钱五条');
    await enter(s.id, one, [
      {
        subject: 'theory',
        outcome: 'cancelled',
        cancelArticle: '5(1)',
        cancelReason: '携带手机进入座位，经提醒拒不改正',
      },
      { subject: 'skills', outcome: 'scored', score: 90 },
    ]);
    const r1 = (await results(s.id)).candidates.find((x) => x.candidateId === one)!;
    expect(r1.overallResult).toBe('failed');
    expect(r1.results.find((x) => x.subject === 'skills')!.outcome).toBe('scored');

    const all = await register(as.institutionX, s.id, '孙六条');
    await enter(s.id, all, [
      { subject: 'skills', outcome: 'cancelled', cancelArticle: '6(1)', cancelReason: '考试中使用手机' },
    ]);
    const r2 = (await results(s.id)).candidates.find((x) => x.candidateId === all)!;
    expect(r2.results.map((x) => x.outcome)).toEqual(['cancelled', 'cancelled']);
    expect(r2.overallResult).toBe('failed');

    const bad = await enter(s.id, all, [{ subject: 'theory', outcome: 'cancelled', cancelReason: '作弊' }]);
    expect(bad.statusCode).toBe(422);
    expect(bad.json<Problem>().detail).toContain('第五条至第七条');
  });
});

describe('closing (§12(1)–(4)) and corrections after it', () => {
  it('closing lists what is missing; complete, it closes; afterwards only a recorded correction', async () => {
    const s = await openSession(as.institutionX, f);
    const a = await register(as.institutionX, s.id, '周合格');
    const b = await register(as.institutionX, s.id, '吴未录');
    const refused = await close(s);
    expect(refused.statusCode).toBe(422);
    const p = refused.json<Problem>();
    expect(p.code).toBe('SESSION_INCOMPLETE');
    expect(p.detail).toContain('未安排质量督导员');
    expect(p.detail).toContain('第十二条第（四）项');
    expect(p.detail).toContain('尚未录入合格分数线');
    expect(p.detail).toContain('吴未录');

    await staffed(s.id);
    await marks(s.id);
    await enter(s.id, a, scored(70, 70));
    const stillMissing = await close(s);
    expect(stillMissing.statusCode).toBe(422);
    expect(stillMissing.json<Problem>().detail).toContain(
      '1 名考生尚缺科目结果：吴未录（理论知识考试、技能考核）',
    );
    expect(stillMissing.json<Problem>().detail).not.toContain('质量督导员');
    await enter(s.id, b, scored(50, 70));
    const closed = await close(s);
    expect(closed.statusCode, closed.body).toBe(200);

    const late = await enter(s.id, a, scored(10, 10));
    expect(late.statusCode).toBe(409);
    expect(late.json<Problem>().detail).toContain('更正');

    const corr = await as.institutionX.inject(
      'POST',
      `/api/v1/evaluation-sessions/${s.id}/candidates/${b}/corrections`,
      {
        subject: 'theory',
        outcome: 'scored',
        score: 65,
        reason: '复核发现理论试卷漏计一道大题 15 分',
      },
    );
    expect(corr.statusCode, corr.body).toBe(200);
    expect(corr.json<Results>().correction).toEqual({
      overallBefore: 'failed',
      overallAfter: 'passed',
      flipped: true,
    });
    const view = await results(s.id, as.provinceA);
    expect(view.corrections).toHaveLength(1);
    expect(view.corrections[0]).toMatchObject({ overallBefore: 'failed', overallAfter: 'passed' });
    const audit = await db.selectFrom('audit_log').select('action').where('entity_id', '=', b).execute();
    expect(audit.map((x) => x.action)).toContain('correct_result');

    // A certificate issued on the result: the correction is refused and says why.
    const cand = await db.selectFrom('candidates').selectAll().where('id', '=', a).executeTakeFirstOrThrow();
    await db
      .insertInto('certificates')
      .values({
        id: randomUUID(),
        issue_year: 2026,
        number: 'S000052000001263000001',
        issued_on: '2026-12-04',
        institution_id: f.institutions.x,
        branch_id: null,
        session_id: s.id,
        candidate_id: a,
        upload_id: null,
        holder_name: cand.name,
        holder_doc_type: cand.doc_type,
        holder_doc_enc: cand.doc_enc,
        holder_doc_hmac: cand.doc_hmac,
        holder_doc_masked: cand.doc_masked,
        occupation_code: OCC,
        level: 3,
      })
      .execute();
    const withCert = await as.institutionX.inject(
      'POST',
      `/api/v1/evaluation-sessions/${s.id}/candidates/${a}/corrections`,
      {
        subject: 'theory',
        outcome: 'scored',
        score: 50,
        reason: '复核更正',
      },
    );
    expect(withCert.statusCode).toBe(409);
    expect(withCert.json<Problem>().code).toBe('CERTIFICATE_ISSUED');
    expect(withCert.json<Problem>().detail).toContain('第八条');
  });
});

describe('Excel: template, import with a per-row report, export', () => {
  it('imports a filled template; a bad row rejects the file with its row and column', async () => {
    const s = await openSession(as.institutionX, f);
    await marks(s.id);
    const c = await register(as.institutionX, s.id, '郑导入');
    const tpl = await as.institutionX.inject(
      'GET',
      `/api/v1/evaluation-sessions/${s.id}/results/template.xlsx`,
    );
    expect(tpl.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('成绩')!;
    expect(ws.getRow(2).getCell(1).value).toBe(c);
    const fill = async (theory: string | number) => {
      ws.getRow(2).getCell(5).value = '有成绩';
      ws.getRow(2).getCell(6).value = theory;
      ws.getRow(3).getCell(5).value = '有成绩';
      ws.getRow(3).getCell(6).value = 75;
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const { token, csrfToken } = await createSession(db, {
      userId: f.userIds.institutionX,
      absoluteExpiresAt: new Date(Date.now() + 3_600_000),
    });
    const upload = (bytes: Buffer) => {
      const boundary = '----skillreg' + randomUUID();
      const body = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="r.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return t.app.inject({
        method: 'POST',
        url: `/api/v1/evaluation-sessions/${s.id}/results/import`,
        headers: {
          'content-type': `multipart/form-data; boundary=${boundary}`,
          cookie: `sid=${token}`,
          'x-csrf-token': csrfToken,
        },
        payload: body,
      });
    };
    const bad = await upload(await fill(120));
    expect(bad.statusCode).toBe(422);
    expect(bad.json<Problem>().report!.problems[0]).toMatchObject({ row: 2, column: '分数' });
    inEnglish(bad.json<Problem>());
    expect(bad.json<Problem>().report!.problems[0]!.message_en).toMatch(/^The score 120 is not between/);
    expect(await overallOf(s.id, c)).toBeNull();
    const good = await upload(await fill(88));
    expect(good.statusCode, good.body).toBe(200);
    expect(await overallOf(s.id, c)).toBe('passed');
    const exp = await as.provinceA.inject('GET', `/api/v1/evaluation-sessions/${s.id}/results/export.xlsx`);
    expect(exp.statusCode).toBe(200);
    expect(exp.headers['content-type']).toContain('spreadsheetml');
  });
});

describe('scope and bad input', () => {
  it('another institution’s session answers like a random id; authorities read, do not enter', async () => {
    const s = await openSession(as.institutionX, f);
    const c = await register(as.institutionX, s.id, '冯范围');
    for (const p of ['institutionY', 'provinceB'] as const) {
      const foreign = await as[p].inject('GET', `/api/v1/evaluation-sessions/${s.id}/results`);
      const random = await as[p].inject('GET', `/api/v1/evaluation-sessions/${randomUUID()}/results`);
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json<Problem>().detail).toBe(random.json<Problem>().detail);
      expect((await enter(s.id, c, scored(1, 1), as[p])).statusCode).toBe(404);
    }
    expect((await as.provinceA.inject('GET', `/api/v1/evaluation-sessions/${s.id}/results`)).statusCode).toBe(
      200,
    );
    expect((await enter(s.id, c, scored(1, 1), as.provinceA)).statusCode).toBe(403);
    const random = await enter(s.id, randomUUID(), scored(1, 1));
    expect(random.statusCode).toBe(404);
    const shape = await as.institutionX.inject(
      'PUT',
      `/api/v1/evaluation-sessions/${s.id}/candidates/${c}/results`,
      {
        results: [{ subject: 'music', outcome: 'scored', score: '八十' }],
      },
    );
    expect(shape.statusCode).toBe(400);
    expect(shape.headers['content-type']).toContain('application/problem+json');
  });
});
