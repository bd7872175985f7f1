// mohrss-violations §9, §10, §12(2) read forward — 技能人才评价违纪违规行为处理工作指引（试行）(人社职司便函〔2021〕57号
// 附件2) — who may be put on an evaluation session as staff (issue 11 point 3; decision 0028).
//
// 第二十一条第三款  本指引所称工作人员是指参与技能人才评价工作的考务管理人员、考评人员、质量督导人员等。
// 第十二条  评价机构有下列行为之一的……（二）……未严格按规定提供考场和配备工作人员……
// 第九条  考务管理人员有下列行为之一的，取消其当年参加评价工作的资格……
// 第十条  考评人员有下列行为之一的，由考评人员证书颁发部门吊销其考评人员证书……
//
// A session is staffed with the institution's own staff in the role the duty needs (§12(2), the three
// kinds of §21 ¶3). An assessor (考评人员) must hold a card for the session's occupation and exactly its
// level: no text says a card of a higher level covers a lower one, so SkillReg does not assume it
// (decision 0028; the authority may record otherwise). Nobody whose evaluation work is barred (§9, on any
// day of the session) works on it; nobody whose assessor card was revoked (§10) assesses on it — §10
// takes the card, which is what makes an assessor, and says nothing of other duties.
import { z } from 'zod';
import { defineCheck } from '../check.js';
import { isoDate, level, occupationCode } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding } from '../rule.js';
import { mv, violationRule } from './rule.js';
import { staffRole } from './staff.js';

export const staffDuty = violationRule(
  '12/2/session-staff-duty',
  mv(12, 2),
  '批次工作人员须是本机构具有相应类别的工作人员（考务管理人员、考评人员、质量督导员）',
  'Session staff are the institution’s staff holding the role of their duty',
);
export const assessorQualified = violationRule(
  '12/2/assessor-qualification',
  mv(12, 2),
  '考评人员须具有本批次职业（工种）及等级的考评资格（等级须一致）',
  'An assessor holds the qualification for the session’s occupation and exactly its level',
);
export const workBanOnSession = violationRule(
  '9/session-work-ban',
  mv(9),
  '被取消参加评价工作资格的人员，在处理期间不得安排参加评价批次',
  'Nobody barred from evaluation work is put on a session held during the bar',
);
export const revokedCardOnSession = violationRule(
  '10/session-card-revoked',
  mv(10),
  '考评人员证书被吊销的人员不得担任考评人员',
  'Nobody whose assessor card was revoked assesses',
);

export const sessionStaffRules = [staffDuty, assessorQualified, workBanOnSession, revokedCardOnSession];

const sanction = z.strictObject({
  kind: z
    .enum(['work_ban', 'assessor_card_revoked'])
    .describe('work_ban 取消参加评价工作资格（第九条）/ assessor_card_revoked 吊销考评人员证书（第十条）'),
  fromOn: isoDate('起始日期'),
  toOn: isoDate('截止日期').nullable().describe('截止日期（无期限填 null）'),
  article: z.string().min(1).max(40).describe('依据条款'),
});

export const sessionStaffFacts = z.strictObject({
  duty: staffRole,
  session: z.strictObject({
    occupationCode: occupationCode('批次的职业（工种）代码'),
    level,
    startsOn: isoDate('批次开始日期'),
    endsOn: isoDate('批次结束日期'),
  }),
  roles: z
    .array(
      z.strictObject({
        role: z.enum(['full_time_staff', 'assessor', 'quality_supervisor', 'exam_admin']),
        occupationCode: occupationCode('考评资格的职业（工种）代码').nullable(),
        level: level.nullable(),
      }),
    )
    .describe('该人员在本机构登记的类别（考评人员附职业及等级）'),
  sanctions: z.array(sanction).describe('工作人员处理登记中与该人员证件号码一致的记录'),
});
export type SessionStaffFacts = z.infer<typeof sessionStaffFacts>;

const DUTY_ZH = {
  exam_admin: '考务管理人员',
  assessor: '考评人员',
  quality_supervisor: '质量督导员',
} as const;
const DUTY_EN = {
  exam_admin: 'exam administrator',
  assessor: 'assessor',
  quality_supervisor: 'quality supervisor',
};

/** The sanction runs on some day of the session: from ≤ last day and (no end or end ≥ first day). */
const overlaps = (s: { fromOn: string; toOn: string | null }, from: string, to: string) =>
  s.fromOn <= to && (s.toOn === null || s.toOn >= from);

function dutyFindings(f: SessionStaffFacts): Finding[] {
  const holds = f.roles.some((r) => r.role === f.duty);
  const out = [
    finding(
      staffDuty,
      holds,
      holds ? `该人员登记为${DUTY_ZH[f.duty]}` : `该人员未登记为${DUTY_ZH[f.duty]}`,
      holds ? `Registered as ${DUTY_EN[f.duty]}` : `Not registered as ${DUTY_EN[f.duty]}`,
      { duty: f.duty, roles: f.roles.map((r) => r.role) },
    ),
  ];
  if (f.duty !== 'assessor') return out;
  const { occupationCode: occ, level: lv } = f.session;
  const cards = f.roles.filter((r) => r.role === 'assessor');
  const exact = cards.some((r) => r.occupationCode === occ && r.level === lv);
  const held = cards.map(
    (r) => `${r.occupationCode ?? '—'} ${r.level === null ? '等级未登记' : `${r.level} 级`}`,
  );
  out.push(
    finding(
      assessorQualified,
      exact,
      exact
        ? `具有 ${occ} × ${lv} 级的考评资格`
        : `不具有 ${occ} × ${lv} 级的考评资格（登记的考评资格：${held.join('、') || '无'}；其他等级的资格不能代替）`,
      exact
        ? `Qualified to assess ${occ} level ${lv}`
        : `Not qualified to assess ${occ} level ${lv} (holds: ${held.join(', ') || 'none'}; another level does not count)`,
      { occupationCode: occ, level: lv, held: cards },
    ),
  );
  return out;
}

function sanctionFindings(f: SessionStaffFacts): Finding[] {
  const { startsOn, endsOn } = f.session;
  const bans = f.sanctions.filter((s) => s.kind === 'work_ban' && overlaps(s, startsOn, endsOn));
  const out: Finding[] = [
    bans.length === 0
      ? finding(
          workBanOnSession,
          true,
          `批次期间（${startsOn} 至 ${endsOn}）未被取消参加评价工作的资格`,
          `Not barred from evaluation work during the session (${startsOn} to ${endsOn})`,
          { startsOn, endsOn },
        )
      : finding(
          workBanOnSession,
          false,
          `该人员被取消参加评价工作的资格（${bans.map((b) => `${b.article}，${b.fromOn} 至 ${b.toOn ?? '无期限'}`).join('；')}），不得安排参加 ${startsOn} 至 ${endsOn} 的评价批次`,
          `Barred from evaluation work (${bans.map((b) => `${b.article}, ${b.fromOn} to ${b.toOn ?? 'no end'}`).join('; ')}): may not work on the session of ${startsOn} to ${endsOn}`,
          { startsOn, endsOn, sanctions: bans },
        ),
  ];
  if (f.duty !== 'assessor') return out;
  const revoked = f.sanctions.filter(
    (s) => s.kind === 'assessor_card_revoked' && overlaps(s, startsOn, endsOn),
  );
  out.push(
    revoked.length === 0
      ? finding(revokedCardOnSession, true, '考评人员证书未被吊销', 'Assessor card not revoked', {})
      : finding(
          revokedCardOnSession,
          false,
          `该人员的考评人员证书已被吊销（${revoked.map((b) => `${b.article}，自 ${b.fromOn}${b.toOn ? ` 至 ${b.toOn}` : ''}`).join('；')}），不得担任考评人员`,
          `The assessor card was revoked (${revoked.map((b) => `${b.article}, from ${b.fromOn}${b.toOn ? ` to ${b.toOn}` : ''}`).join('; ')}): may not assess`,
          { sanctions: revoked },
        ),
  );
  return out;
}

export const sessionStaffCheck = defineCheck({
  name: 'mohrss-violations.session_staff.assignment',
  regime: 'mohrss-violations',
  title_zh: '安排批次工作人员：类别与考评资格、取消资格与吊销证书（第九条、第十条、第十二条第（二）项）',
  title_en: 'Putting staff on a session: role and qualification, bars and revoked cards (§9, §10, §12(2))',
  asOf_zh: '安排的日期',
  facts: sessionStaffFacts,
  example: {
    duty: 'assessor',
    session: { occupationCode: '4-10-01-05', level: 4, startsOn: '2026-06-08', endsOn: '2026-06-09' },
    roles: [{ role: 'assessor', occupationCode: '4-10-01-05', level: 4 }],
    sanctions: [],
  },
  ruleIds: sessionStaffRules.map((r) => r.id),
  run: (f) => [...dutyFindings(f), ...sanctionFindings(f)],
});
