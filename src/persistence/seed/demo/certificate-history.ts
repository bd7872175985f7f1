// Demo step 'demo/certificate-history' (issue 11 point 8): the demo institutions' certificates of
// 2023–2026 — more than 100,000 — brought in the way an institution brings its history in: one
// certificate-data file per institution (证书数据上报), stored and queued at first start, then run by the
// server's background runner — the same job as a file from the browser (decision 0031). Queuing takes a
// few seconds, so the server is ready at once; the certificates arrive over the next minutes and the
// 证书数据上报 page shows each upload's progress meanwhile.
//
// Deterministic (a seeded generator; the same world gives the same rows). Every row lies within its
// institution's filed scope and validity (on the issue date, mohrss-violations §15), numbered under the
// institution's issuer code after whatever its serial counters already hold. Chosen on purpose, so that
// renewal has something to decide (gz-rules §8–10 count certificates issued within the validity):
//   - an employer at 150 and one at 149 (§8(2): 不少于150人次),
//   - a school at 300 and one at 299 (§9(2): 不少于300人次),
//   - a social organisation at 600 with one occupation at 100, another at 599 with one at 99
//     (§10(2): 总人数不少于600人次，且每个职业（工种）不少于100人次).
// Guizhou institutions are taken first for these (gz-rules is Guizhou's); where Guizhou has none of a
// kind, one of another province stands in and the log says so. 贵州黔康 (inst_qk) gets a file with a
// few wrong rows in it, finished with its rejected-rows report to look at.
import { Readable } from 'node:stream';
import type { Database } from '../../database.js';
import { mod112CheckCharacter } from '../../../domain/id-number.js';
import { runOnce } from '../seed-runs.js';
import { demoActor } from './demo-actor.js';
import { queueUploadIn, storeUploadFile } from '../../../use-cases/certificate-uploads/start-upload.js';
import { UPLOAD_COLUMNS } from '../../../use-cases/certificate-uploads/columns.js';
import { todayInChina } from '../../../use-cases/registry/registry-context.js';

export const CERTIFICATE_HISTORY_STEP = 'demo/certificate-history' as const;
/** At least this many certificates in all (issue 11 point 8). */
export const DEMO_CERTIFICATES = 100_000;
const FIRST_DAY = '2023-01-01';

interface Grant {
  occupationCode: string;
  level: number;
  validFrom: string;
  validTo: string | null;
}
interface Issuer {
  institutionId: string;
  name: string;
  kind: string;
  jurisdictionCode: string;
  prefix: string;
  grants: Grant[];
  account: string | null;
}
export interface HistoryPlanEntry {
  issuer: Issuer;
  /** Certificates per occupation code; every one within the validity. */
  perOccupation: Map<string, number>;
  role: string;
  withWrongRows: boolean;
}

/** mulberry32: a small seeded generator, the same numbers on every machine. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建林波宁欣怡婷雪梅琳晨阳浩宇轩然博文思佳俊凯';

async function issuers(db: Database): Promise<Issuer[]> {
  const codes = await db
    .selectFrom('certificate_issuer_codes as c')
    .innerJoin('institutions as i', 'i.id', 'c.institution_id')
    .select([
      'c.institution_id',
      'c.kind_letter',
      'c.institution_code',
      'c.province_code',
      'c.site_sequence',
      'i.name',
      'i.kind',
      'i.jurisdiction_code',
    ])
    .where('c.branch_id', 'is', null)
    .orderBy('i.uscc')
    .execute();
  const grants = await db
    .selectFrom('directory_entry_scopes as s')
    .innerJoin('directory_entries as e', 'e.id', 's.entry_id')
    .select(['e.institution_id', 's.occupation_code', 's.level', 'e.valid_from', 'e.valid_to'])
    .where('e.withdrawn_at', 'is', null)
    .where('e.branch_id', 'is', null)
    .orderBy('s.occupation_code')
    .orderBy('s.level')
    .execute();
  const accounts = await db
    .selectFrom('users')
    .select(['username', 'institution_id'])
    .where('role', '=', 'institution_staff')
    .orderBy('username')
    .execute();
  const catalogue = new Set((await db.selectFrom('occupations').select('code').execute()).map((o) => o.code));
  return codes
    .map((c) => ({
      institutionId: c.institution_id,
      name: c.name,
      kind: c.kind,
      jurisdictionCode: c.jurisdiction_code,
      prefix: `${c.kind_letter}${c.institution_code}${c.province_code}${c.site_sequence}`,
      grants: grants
        .filter((g) => g.institution_id === c.institution_id && catalogue.has(g.occupation_code))
        .map((g) => ({
          occupationCode: g.occupation_code,
          level: g.level,
          validFrom: g.valid_from,
          validTo: g.valid_to,
        })),
      account: accounts.find((a) => a.institution_id === c.institution_id)?.username ?? null,
    }))
    .filter((i) => i.grants.some((g) => window(g) !== null));
}

const TODAY_CAP = () => todayInChina();
/** The days of a grant that lie in 2023 … today: [from, to], or null. */
function window(g: Grant): [string, string] | null {
  const from = g.validFrom > FIRST_DAY ? g.validFrom : FIRST_DAY;
  const today = TODAY_CAP();
  const to = g.validTo && g.validTo < today ? g.validTo : today;
  return from <= to ? [from, to] : null;
}

const occupationsOf = (i: Issuer) => [
  ...new Set(i.grants.filter((g) => window(g)).map((g) => g.occupationCode)),
];

/** Who gets how many: the threshold institutions exactly, the rest share the remainder. */
export function planHistory(all: Issuer[]): HistoryPlanEntry[] {
  const plan: HistoryPlanEntry[] = [];
  const used = new Set<string>();
  const pick = (kind: string, minOccupations = 1) => {
    const ok = (i: Issuer) =>
      i.kind === kind && !used.has(i.institutionId) && occupationsOf(i).length >= minOccupations;
    const found = all.find((i) => ok(i) && i.jurisdictionCode.startsWith('52')) ?? all.find(ok);
    if (found) used.add(found.institutionId);
    return found;
  };
  const spread = (i: Issuer, total: number, first?: number): Map<string, number> => {
    const occ = occupationsOf(i);
    const m = new Map<string, number>();
    if (first !== undefined) {
      m.set(occ[0]!, first);
      const rest = occ.slice(1);
      rest.forEach((o, k) =>
        m.set(o, Math.floor((total - first) / rest.length) + (k < (total - first) % rest.length ? 1 : 0)),
      );
      return m;
    }
    occ.forEach((o, k) => m.set(o, Math.floor(total / occ.length) + (k < total % occ.length ? 1 : 0)));
    return m;
  };
  const qiankang = all.find((i) => i.account === 'inst_qk');
  if (qiankang) used.add(qiankang.institutionId);
  const thresholds: [string, number, string, number?][] = [
    ['employer', 150, 'gz-rules §8(2) 150 (exactly at)'],
    ['employer', 149, 'gz-rules §8(2) 150 (just under)'],
    ['school', 300, 'gz-rules §9(2) 300 (exactly at)'],
    ['school', 299, 'gz-rules §9(2) 300 (just under)'],
    ['social_org', 600, 'gz-rules §10(2) 600, one occupation 100 (exactly at)', 100],
    ['social_org', 599, 'gz-rules §10(2) 600, one occupation 99 (just under)', 99],
  ];
  for (const [kind, total, role, first] of thresholds) {
    const i = pick(kind, first === undefined ? 1 : 2);
    if (i) plan.push({ issuer: i, perOccupation: spread(i, total, first), role, withWrongRows: false });
  }
  if (qiankang)
    plan.push({
      issuer: qiankang,
      perOccupation: spread(qiankang, 480),
      role: 'inst_qk: with wrong rows',
      withWrongRows: true,
    });
  const rest = all.filter((i) => !used.has(i.institutionId));
  const already = plan.reduce((n, p) => n + [...p.perOccupation.values()].reduce((a, b) => a + b, 0), 0);
  const left = Math.max(0, DEMO_CERTIFICATES - already);
  rest.forEach((i, k) => {
    const share = Math.floor(left / rest.length) + (k < left % rest.length ? 1 : 0);
    plan.push({ issuer: i, perOccupation: spread(i, share), role: 'history', withWrongRows: false });
  });
  return plan;
}

const day = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function idNumber(region: string, rand: () => number, n: number): string {
  const birth = isoOf(day('1970-01-01') + Math.floor(rand() * 12_400) * 86_400_000).replace(/-/g, '');
  const first17 = `${region}${birth}${String(n % 1000).padStart(3, '0')}`;
  return first17 + mod112CheckCharacter(first17);
}

/** The CSV of one institution's history (with a few wrong rows where asked). */
export async function historyFile(db: Database, entry: HistoryPlanEntry, seed: number): Promise<string> {
  const rand = generator(seed);
  const i = entry.issuer;
  const region = /^\d{6}$/.test(i.jurisdictionCode) ? i.jurisdictionCode : '520102';
  const counters = new Map(
    (
      await db
        .selectFrom('certificate_serials')
        .select(['prefix', 'last_serial'])
        .where('prefix', 'like', `${i.prefix}%`)
        .execute()
    ).map((c) => [c.prefix, c.last_serial]),
  );
  const lines = [UPLOAD_COLUMNS.map((c) => c.header).join(',')];
  let n = 0;
  for (const [occupation, count] of entry.perOccupation) {
    const grants = i.grants.filter((g) => g.occupationCode === occupation && window(g));
    for (let k = 0; k < count; k++) {
      const g = grants[k % grants.length]!;
      const [from, to] = window(g)!;
      const issued = isoOf(
        day(from) + Math.floor(rand() * ((day(to) - day(from)) / 86_400_000 + 1)) * 86_400_000,
      );
      const prefix16 = `${i.prefix}${issued.slice(2, 4)}${g.level}`;
      const serial = (counters.get(prefix16) ?? 0) + 1;
      counters.set(prefix16, serial);
      const name =
        SURNAMES[Math.floor(rand() * SURNAMES.length)]! +
        GIVEN[Math.floor(rand() * GIVEN.length)]! +
        (rand() < 0.6 ? GIVEN[Math.floor(rand() * GIVEN.length)]! : '');
      lines.push(
        `${prefix16}${String(serial).padStart(6, '0')},${name},居民身份证,${idNumber(region, rand, ++n)},${occupation},${g.level},${issued}`,
      );
    }
  }
  if (entry.withWrongRows && lines.length > 10) {
    const g = i.grants.find((x) => window(x))!;
    const before = isoOf(day(g.validFrom) - 86_400_000);
    const pre = `${i.prefix}${before.slice(2, 4)}${g.level}`;
    // Out of scope on the day before the filing (§15), a checksum error, a number twice, a made-up occupation.
    lines.splice(
      5,
      0,
      `${pre}${String(900_001).padStart(6, '0')},周敏,居民身份证,${idNumber(region, rand, 901)},${g.occupationCode},${g.level},${before}`,
    );
    lines.splice(
      9,
      0,
      `${pre.slice(0, 13)}${lines[3]!.slice(13, 22)},吴强,居民身份证,520102198001010001,${g.occupationCode},${g.level},${lines[3]!.split(',')[6]}`,
    );
    lines.splice(12, 0, lines[4]!);
    lines.splice(
      20,
      0,
      `${lines[6]!.slice(0, 16)}900002,郑洁,居民身份证,${idNumber(region, rand, 902)},9-99-99-99,${g.level},${lines[6]!.split(',')[6]}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function loadCertificateHistory(db: Database): Promise<number> {
  const plan = planHistory(await issuers(db));
  let k = 0;
  for (const entry of plan) {
    const csv = await historyFile(db, entry, 20_230_101 + k++);
    const stored = await storeUploadFile(db, Readable.from([Buffer.from(csv, 'utf8')]));
    const caller = entry.issuer.account ? await demoActor(db, entry.issuer.account) : null;
    await db.transaction().execute((trx) =>
      queueUploadIn(trx, caller ? { caller } : { caller: null, system: true }, {
        ...stored,
        institutionId: entry.issuer.institutionId,
        fileName: entry.withWrongRows ? '2023-2026年证书数据补报.csv' : '历史证书数据（2023-2026）.csv',
        uploadedBy: caller?.userId ?? null,
        // The demo's history waits for what a newcomer uploads from the page meanwhile.
        priority: 'bulk',
      }),
    );
    if (entry.role !== 'history')
      console.log(`演示证书 / demo certificates: ${entry.issuer.name} — ${entry.role}`);
  }
  return plan.length;
}

/** Claims the step, then uploads the history; a failure is reported and the demo goes on. */
export async function runCertificateHistoryDemo(db: Database): Promise<boolean> {
  if (!(await runOnce(db, CERTIFICATE_HISTORY_STEP, async () => ({ claimed: 1 })))) return false;
  try {
    await loadCertificateHistory(db);
    return true;
  } catch (err) {
    console.warn(`演示证书历史未能全部生成 / demo certificate history incomplete: ${(err as Error).message}`);
    return false;
  }
}
