// Demo step 'demo/complaints' (issue 14 points 2, 6 and 9): complaints and the lead ledger in every state,
// response requests, rectification orders, run through the use cases as the people would, each step on
// the day the story dates it (days before the demo's today, so the ledger's ages and the overdue order
// look the same whenever the demo starts):
// - 贵州省人社厅 (guizhou) — its ledger (工作台账):
//   · a complaint about 贵阳市黔程 followed with the fixed tracking code DEM0-2026-GZTS-0001 (README):
//     triaged, 黔程 asked to respond (by a date guizhou set, with its reason) and responded, investigated,
//     answered — the tracking page shows the answer;
//   · a complaint just received (contact left), untouched;
//   · a complaint about 黔程's fees, answered and closed as substantiated, with a rectification order still
//     open; a second complaint on the same matter merged into it as a duplicate (kept, linked);
//   · a hotline call about a transport-industry body, routed to the industry department (dept-pilot
//     四(三)): it sits in 交通运输部职业资格中心's ledger as 已转办;
//   · a letter about 黔程 under investigation (40 days old); a certificate-platform finding triaged, its
//     rectification reported by 黔程 with a PDF and awaiting verification; a biweekly-report lead closed as
//     not substantiated; an inspection finding whose rectification is overdue (deadline passed, no
//     report: mohrss-violations §13(5)); a hotline lead whose rectification 黔程 reported and guizhou
//     accepted, closed as substantiated; a detected breach at 梵净 that led to a violation case.
// - 贵阳市人社局 (guiyang): a complaint about 黔康 chosen from the public directory (the directory entry's
//   authority handles it), triaged; guizhou, its territorial superior, reads it without acting.
// The lead steps read today from the clock (todayInChina): the story runs each step with the clock set to
// its day (onDay), before the server listens, and puts the clock back. A one-time step (seed_runs); a
// failure is reported and the demo goes on.
import type { Database } from '../../database.js';
import type { FileStore } from '../../file-store.js';
import type { PersonalDataProtector } from '../../../identity/personal-data.js';
import type { Actor } from '../../../policies/actor.js';
import { runOnce } from '../seed-runs.js';
import { demoActor } from './demo-actor.js';
import { demoPdf } from './run-procedure.js';
import { loadCalendar } from '../../calendar.repository.js';
import { procedures } from '../../../use-cases/workflow/procedure-registry.js';
import { todayInChina } from '../../../use-cases/registry/registry-context.js';
import { submitComplaint, trackingHash } from '../../../use-cases/leads/complaints.js';
import { enterLead } from '../../../use-cases/leads/enter-lead.js';
import {
  answerLead,
  closeLead,
  investigateLead,
  mergeLead,
  routeLead,
  triageLead,
} from '../../../use-cases/leads/lead-steps.js';
import { requestResponse, respondToRequest } from '../../../use-cases/leads/response-requests.js';
import { openCaseFromLead, openRectificationFromLead } from '../../../use-cases/leads/lead-links.js';
import {
  reportRectification,
  verifyRectification,
} from '../../../use-cases/rectifications/rectification-steps.js';

export const COMPLAINTS_STEP = 'demo/complaints' as const;
/** The demo complaint a newcomer follows on /complaint/track (README). */
export const DEMO_TRACKING_CODE = 'DEM0-2026-GZTS-0001';

const DAY = 86_400_000;

/** The China date `n` days before today (negative: after). */
const ago = (today: string, n: number): string =>
  new Date(Date.parse(`${today}T00:00:00Z`) - n * DAY).toISOString().slice(0, 10);

/**
 * Runs `fn` with the clock at Beijing 10:00 on `day` (time still passing from there), then puts the clock
 * back. Only while seeding, before the server listens: nothing else runs meanwhile.
 */
async function onDay<T>(day: string, fn: () => Promise<T>): Promise<T> {
  const Real = globalThis.Date;
  const at = Real.parse(`${day}T02:00:00Z`);
  const start = Real.now();
  class StoryDate extends Real {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(at + (Real.now() - start));
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return at + (Real.now() - start);
    }
  }
  globalThis.Date = StoryDate as DateConstructor;
  try {
    return await fn();
  } finally {
    globalThis.Date = Real;
  }
}

async function run(db: Database, store: FileStore, pd: PersonalDataProtector) {
  const today = todayInChina();
  const d = (n: number) => ago(today, n);
  const gz = await demoActor(db, 'guizhou');
  const gy = await demoActor(db, 'guiyang');
  const industry = await demoActor(db, 'industry');
  const qc = await demoActor(db, 'inst_gz');
  const qiancheng = qc.institutionId!;
  const fanjing = (await db.selectFrom('institutions').select('id').where('name', '=', '铜仁市梵净职业技能评价中心').executeTakeFirstOrThrow()).id; // prettier-ignore
  const qiankang = await db.selectFrom('directory_entries').select('id').where('institution_name', '=', '贵州黔康职业技能评价有限公司')
    .where('withdrawn_on', 'is', null).orderBy('published_on').executeTakeFirst(); // prettier-ignore
  const leadOf = async (code: string) =>
    (await db.selectFrom('leads').select('id').where('tracking_hash', '=', trackingHash(code)).executeTakeFirstOrThrow()).id; // prettier-ignore
  const complain = async (day: number, input: Parameters<typeof submitComplaint>[2], code?: string) => {
    const out = await submitComplaint(db, pd, input, { receivedOn: d(day), ...(code ? { code } : {}) });
    return leadOf(out.trackingCode);
  };
  const enter = (as: Actor, day: number, input: Omit<Parameters<typeof enterLead>[2], 'receivedOn'>) =>
    onDay(d(day), () => enterLead(db, as, { ...input, receivedOn: d(day) })).then((r) => r.id);
  const at = <T>(day: number, fn: () => Promise<T>) => onDay(d(day), fn);
  const evidence = (name: string) => [
    { bytes: demoPdf(name), fileName: `${name}.pdf`, declaredType: 'application/pdf' },
  ];
  const caseCtx = async () => ({
    db,
    store,
    caller: gz,
    procedures,
    calendar: await loadCalendar(db),
    personalData: pd,
  });

  // 1. The complaint followed with the README's code: response requested and given, answered.
  const c1 = await complain(20, {
    subjectText: '贵阳市黔程职业技能评价中心', provinceCode: '520000',
    what: '我在黔程参加电子商务师考核，报名时被要求另交 800 元“考前辅导费”，不交就不给安排考试，也没有开具收据。',
    contact: { name: '李同学', phone: '13985000001' },
  }, DEMO_TRACKING_CODE); // prettier-ignore
  await at(18, () =>
    triageLead(db, gz, c1, {
      note: '属本厅管辖的社会培训评价组织，由职业技能鉴定处核查。',
      institutionId: qiancheng,
    }),
  );
  const rr = await at(18, () => requestResponse(db, gz, c1, {
    question: '请说明 2026 年电子商务师考核报名是否收取“考前辅导费”，收费依据和收据开具情况，并附收费公示截图。',
    dueOn: d(11), dueReason: '涉及考生缴费，须在下一批次报名前核实（7 日）',
  })); // prettier-ignore
  await at(14, () =>
    respondToRequest(db, qc, rr.id, {
      response: '经查，个别招生人员私自收取辅导费，已全额退还 3 名考生并停止其工作；收费公示见官网。',
    }),
  );
  await at(15, () => investigateLead(db, gz, c1, { note: '调取报名缴费记录，电话回访考生 3 名。' }));
  await at(5, () => answerLead(db, gz, c1, { answer: '经核查，反映的额外收费属实，机构已退还全部费用并处理相关人员。本厅已责成其规范收费公示，后续将在监督检查中复查。感谢您的监督。' })); // prettier-ignore

  // 2. Just received, with contact details: untouched.
  await complain(2, {
    subjectText: '遵义某职业培训学校', provinceCode: '520000',
    what: '该校以“包过”为名招收养老护理员考生，称可以不参加实操考核直接拿证，收费 3000 元。',
    contact: { name: '王女士', phone: '13985000002', email: 'wang@example.com' },
  }); // prettier-ignore

  // 3. Answered, closed as substantiated, a rectification still open; 4. its duplicate merged into it.
  const c3 = await complain(30, {
    subjectText: '贵阳市黔程职业技能评价中心', provinceCode: '520000',
    what: '黔程的收费标准没有公示，考评费比文件规定高出一倍，咨询时工作人员拒绝说明依据。',
  }); // prettier-ignore
  const c4 = await complain(27, {
    subjectText: '黔程职业技能评价中心', provinceCode: '520000',
    what: '黔程考核收费比别家贵一倍，也没有公示收费标准，希望有关部门查一查。',
  }); // prettier-ignore
  await at(28, () => triageLead(db, gz, c3, { note: '收费问题，由鉴定处核查。', institutionId: qiancheng }));
  await at(26, () => mergeLead(db, gz, c4, { duplicateOf: c3, note: '与 3 天前的投诉同一事项，合并办理。' }));
  await at(25, () => investigateLead(db, gz, c3, { note: '查阅收费文件和公示情况。' }));
  await at(10, () =>
    answerLead(db, gz, c3, {
      answer: '经核查，该机构未按规定公示收费标准，反映属实。本厅已责令其限期整改并公示收费标准。',
    }),
  );
  await at(9, () => closeLead(db, gz, c3, { outcome: 'substantiated', note: '属实，责令限期整改。' }));
  await at(9, () =>
    openRectificationFromLead(db, gz, c3, {
      subject: '在机构网站和报名场所公示收费项目、标准和依据，并报送公示截图。',
      deadline: d(-20),
    }),
  );

  // 5. Routed to the industry department (dept-pilot 四(三)).
  const l5 = await enter(gz, 12, { source: 'hotline', subjectText: '某道路运输职业技能等级认定机构（省外）', summary: '来电反映某道路运输行业评价机构在黔考点考评员不足，由无证人员监考。', sourceRef: '12333-2026-0412' }); // prettier-ignore
  await at(11, () =>
    routeLead(db, gz, l5, {
      toAuthorityId: industry.authorityId!,
      reason: '属交通运输行业评价机构，转行业主管部门办理（部门行业试点通知四(三)）。',
    }),
  );

  // 6. A letter under investigation, 40 days old.
  const l6 = await enter(gz, 40, { source: 'letter', institutionId: qiancheng, summary: '来信反映黔程考评人员与考生存在培训关系，未按规定回避。', sourceRef: '黔人社信〔2026〕31号' }); // prettier-ignore
  await at(38, () => triageLead(db, gz, l6, { note: '考评人员回避问题，由鉴定处核查。' }));
  await at(35, () => investigateLead(db, gz, l6, { note: '调取考评人员名单与培训记录比对。' }));

  // 7. A certificate-platform finding triaged; its rectification reported, awaiting verification.
  const l7 = await enter(gz, 5, { source: 'certificate_platform', institutionId: qiancheng, summary: '证书信息管理服务平台提示：黔程 2026 年 10 月批次 12 张证书超过 30 日未上报。' }); // prettier-ignore
  await at(4, () => triageLead(db, gz, l7, { note: '证书数据上报逾期，责令整改。' }));
  const r7 = await at(4, () =>
    openRectificationFromLead(db, gz, l7, {
      subject: '补报 2026 年 10 月批次证书数据，并说明逾期原因。',
      deadline: d(-26),
    }),
  );
  await at(1, () => reportRectification(db, store, qc, r7.rectificationId, { text: '已补报全部 12 张证书数据，逾期系系统对接故障所致，已修复并指定专人每周核对。', files: evidence('证书补报回执') })); // prettier-ignore

  // 8. A biweekly-report lead closed as not substantiated.
  const l8 = await enter(gz, 60, { source: 'biweekly_report', institutionId: qiancheng, summary: '双周报反映黔程考核站点变更未报备。' }); // prettier-ignore
  await at(58, () => triageLead(db, gz, l8, { note: '核对站点备案情况。' }));
  await at(56, () => investigateLead(db, gz, l8, { note: '调取站点备案材料。' }));
  await at(45, () =>
    closeLead(db, gz, l8, {
      outcome: 'not_substantiated',
      note: '站点变更已于事前报备，双周报统计口径有误，不属实。',
    }),
  );

  // 9. An inspection finding; its rectification overdue (no report, deadline passed: §13(5)).
  const l9 = await enter(gz, 50, { source: 'inspection', institutionId: qiancheng, summary: '双随机抽查发现黔程考务档案缺少 2 个批次的考场记录。' }); // prettier-ignore
  await at(49, () => triageLead(db, gz, l9, { note: '抽查发现问题，责令整改。' }));
  await at(48, () => investigateLead(db, gz, l9, { note: '要求补齐考务档案。' }));
  await at(48, () =>
    openRectificationFromLead(db, gz, l9, {
      subject: '补齐 2026 年 5 月、6 月两个批次的考场记录并建立档案管理制度。',
      deadline: d(18),
    }),
  );

  // 10. A hotline lead: rectification reported and accepted, closed as substantiated.
  const l10 = await enter(gz, 70, { source: 'hotline', institutionId: qiancheng, summary: '来电反映黔程未在考场张贴考场规则和违纪处理规定。', sourceRef: '12333-2026-0233' }); // prettier-ignore
  await at(69, () => triageLead(db, gz, l10, { note: '属实即整改。' }));
  const r10 = await at(68, () =>
    openRectificationFromLead(db, gz, l10, {
      subject: '在所有考场张贴考场规则和违纪违规处理规定。',
      deadline: d(50),
    }),
  );
  await at(52, () =>
    reportRectification(db, store, qc, r10.rectificationId, {
      text: '已在 6 个考场张贴考场规则和处理规定，附现场照片。',
      files: evidence('考场张贴照片'),
    }),
  );
  await at(49, () =>
    verifyRectification(db, gz, r10.rectificationId, {
      verdict: 'accepted',
      reason: '现场复查，已按要求张贴，整改到位。',
    }),
  );
  await at(49, () => closeLead(db, gz, l10, { outcome: 'substantiated', note: '属实，已整改。' }));

  // 11. A detected breach at 梵净 that led to a violation case (mohrss-violations §16).
  const l11 = await enter(gz, 35, { source: 'violation_detection', institutionId: fanjing, summary: '系统比对发现梵净在暂停评价活动期间仍上报了 1 个评价批次。' }); // prettier-ignore
  await at(34, () => triageLead(db, gz, l11, { note: '疑似暂停期间开展评价，立案调查。' }));
  const ctx = await caseCtx();
  await at(33, () =>
    openCaseFromLead({ ...ctx, requestId: undefined }, l11, {
      summary: '梵净在暂停评价活动期间上报评价批次，涉嫌违规开展评价活动。',
    }),
  );

  // 贵阳市人社局: a complaint about 黔康 chosen from the public directory, triaged.
  if (qiankang) {
    const c12 = await complain(3, {
      entryId: qiankang.id,
      what: '黔康养老护理员考核时，考场内有人用手机查答案，监考人员看到了也不管。',
    }); // prettier-ignore
    await at(1, () => triageLead(db, gy, c12, { note: '考场纪律问题，由本局核查。' }));
  }
}

export async function runComplaintsDemo(
  db: Database,
  store: FileStore,
  personalData: PersonalDataProtector,
): Promise<boolean> {
  const qc = await db.selectFrom('users').select('institution_id').where('username', '=', 'inst_gz').executeTakeFirst();
  if (!qc?.institution_id) return false;
  if (!(await runOnce(db, COMPLAINTS_STEP, async () => ({ claimed: 1 })))) return false;
  try {
    await run(db, store, personalData);
    return true;
  } catch (err) {
    console.warn(`演示投诉举报与工作台账未能全部生成 / demo complaints incomplete: ${(err as Error).message}`);
    return false;
  }
} // prettier-ignore
