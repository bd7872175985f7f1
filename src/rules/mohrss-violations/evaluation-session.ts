// mohrss-violations §13–14 read forward — 技能人才评价违纪违规行为处理工作指引（试行）(人社职司便函〔2021〕57号 附件2) —
// what an institution may not do when it opens an evaluation session (评价批次; issue 11 point 1)
//
// 第十三条  评价机构有下列行为之一的，由评价机构监管部门予以警告，限期整改，并在限期整改期间暂停其评价活动……
// （二）未严格按照规定区域和地点组织开展评价的；
// 第十四条  评价机构有下列行为之一的，评价机构监管部门予以终止备案。……
// （二）严重超出备案范围开展评价工作的；
//
// The articles sanction a conduct after the fact; SkillReg refuses the conduct before it happens, so a
// session is never opened where it would be one: outside the occupation × level the filing (or selection)
// grants on every day of the session (§14(2), with a lapsed or ended filing granting nothing), at a site
// that is not the institution's or lies outside the province where it or its branch is filed (§13(2)),
// while its evaluation is suspended (§13: 暂停其评价活动 during rectification), or after its filing was
// terminated or it exited (§14: 终止备案). The standing is read from one place (the registry's status,
// which the violation and exit procedures set), so a suspension imposed later stops new sessions with no
// change here.
import { z } from 'zod';
import { defineCheck } from '../check.js';
import { isoDate, level, occupationCode } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding } from '../rule.js';
import { mv, violationRule } from './rule.js';

export const sessionScope = violationRule(
  '14/2/session-scope',
  mv(14, 2),
  '评价批次的职业（工种）及等级须在批次各日均有效的备案（遴选）范围之内',
  "A session's occupation and level must be within the filed (selected) scope on every day of the session",
);
export const sessionSite = violationRule(
  '13/2/session-site',
  mv(13, 2),
  '评价须在本机构登记的场地、在其备案地省份内组织开展',
  "Evaluation takes place at the institution's own registered site, in the province where it is filed",
);
export const sessionSuspended = violationRule(
  '13/session-suspension',
  mv(13),
  '限期整改期间暂停评价活动：不得开设评价批次',
  'No session while evaluation is suspended during a rectification period',
);
export const sessionTerminated = violationRule(
  '14/session-termination',
  mv(14),
  '已终止备案或已退出的机构不得开设评价批次',
  'No session after the filing was terminated or the institution exited',
);

export const evaluationSessionRules = [sessionScope, sessionSite, sessionSuspended, sessionTerminated];

const grant = z
  .strictObject({
    occupationCode: occupationCode(),
    level,
    validFrom: isoDate('有效期起'),
    validTo: isoDate('有效期止').nullable().describe('有效期止（长期有效填 null）'),
  })
  .describe('备案（遴选）授予的一项职业（工种）× 等级及其有效期');

export const sessionOpeningFacts = z
  .strictObject({
    occupationCode: occupationCode('批次的职业（工种）代码'),
    level,
    startsOn: isoDate('批次开始日期'),
    endsOn: isoDate('批次结束日期'),
    status: z
      .enum(['registered', 'active', 'suspended', 'exited'])
      .describe('机构（或开设批次的分支机构）当前状态：已登记、正常、暂停评价活动、已退出（含终止备案）'),
    grants: z.array(grant).describe('未撤销的备案（遴选）授予本机构（或该分支机构）的范围'),
    site: z
      .strictObject({
        ownSite: z.boolean().describe('场地是本机构（或该分支机构）登记的'),
        provinceCode: z
          .string()
          .regex(/^\d{2}$/)
          .describe('场地所在省份代码（2 位）'),
      })
      .describe('评价场地'),
    filedProvinceCode: z
      .string()
      .regex(/^\d{2}$/)
      .describe('机构（或分支机构）备案地的省份代码（2 位；部级备案的总部机构填其所在地）'),
  })
  .refine((f) => f.startsOn <= f.endsOn, { message: '批次结束日期不得早于开始日期', path: ['endsOn'] });
export type SessionOpeningFacts = z.infer<typeof sessionOpeningFacts>;

const covers = (g: SessionOpeningFacts['grants'][number], from: string, to: string) =>
  g.validFrom <= from && (g.validTo === null || to <= g.validTo);

function scopeFinding(f: SessionOpeningFacts): Finding {
  const pair = `${f.occupationCode} × ${f.level} 级`;
  const pairEn = `${f.occupationCode} level ${f.level}`;
  const values = { occupationCode: f.occupationCode, level: f.level, startsOn: f.startsOn, endsOn: f.endsOn };
  const same = f.grants.filter((g) => g.occupationCode === f.occupationCode && g.level === f.level);
  if (same.some((g) => covers(g, f.startsOn, f.endsOn)))
    return finding(
      sessionScope,
      true,
      `${pair} 在 ${f.startsOn} 至 ${f.endsOn} 均在备案（遴选）范围内`,
      `${pairEn} is within the filed scope from ${f.startsOn} to ${f.endsOn}`,
      values,
    );
  if (same.length === 0)
    return finding(
      sessionScope,
      false,
      `${pair} 不在本机构的备案（遴选）范围内`,
      `${pairEn} is not in the institution's filed (selected) scope`,
      { ...values, granted: false },
    );
  // Granted, but not for the whole session: the filing lapsed (or had not started) on some of its days.
  const periods = same.map((g) => `${g.validFrom} 至 ${g.validTo ?? '长期'}`).join('、');
  const periodsEn = same.map((g) => `${g.validFrom} to ${g.validTo ?? 'open-ended'}`).join(', ');
  return finding(
    sessionScope,
    false,
    `${pair} 的备案有效期为 ${periods}，不覆盖批次 ${f.startsOn} 至 ${f.endsOn} 的每一天`,
    `${pairEn} is filed for ${periodsEn}, which does not cover every day of the session (${f.startsOn} to ${f.endsOn})`,
    { ...values, granted: true, validity: same.map((g) => ({ validFrom: g.validFrom, validTo: g.validTo })) },
  );
}

function siteFinding(f: SessionOpeningFacts): Finding {
  const values = {
    ownSite: f.site.ownSite,
    siteProvince: f.site.provinceCode,
    filedProvince: f.filedProvinceCode,
  };
  if (!f.site.ownSite)
    return finding(
      sessionSite,
      false,
      '该场地不是本机构（或该分支机构）登记的场地',
      'The site is not one the institution (or branch) registered',
      values,
    );
  const inside = f.site.provinceCode === f.filedProvinceCode;
  return finding(
    sessionSite,
    inside,
    inside
      ? `场地在备案地省份（${f.filedProvinceCode}）内`
      : `场地所在省份（${f.site.provinceCode}）不是备案地省份（${f.filedProvinceCode}）；在其他省份评价须由分支机构在当地备案`,
    inside
      ? `The site is in the province of filing (${f.filedProvinceCode})`
      : `The site's province (${f.site.provinceCode}) is not the province of filing (${f.filedProvinceCode}); evaluating there needs a branch filed there`,
    values,
  );
}

function standingFindings(f: SessionOpeningFacts): Finding[] {
  return [
    finding(
      sessionSuspended,
      f.status !== 'suspended',
      f.status === 'suspended' ? '本机构正处于暂停评价活动期间' : '本机构未被暂停评价活动',
      f.status === 'suspended' ? "The institution's evaluation is suspended" : 'Evaluation is not suspended',
      { status: f.status },
    ),
    finding(
      sessionTerminated,
      f.status !== 'exited',
      f.status === 'exited' ? '本机构已终止备案或已退出' : '本机构未终止备案、未退出',
      f.status === 'exited'
        ? 'The filing was terminated or the institution exited'
        : 'Filing not terminated, not exited',
      { status: f.status },
    ),
  ];
}

export const sessionOpeningCheck = defineCheck({
  name: 'mohrss-violations.evaluation_session.opening',
  regime: 'mohrss-violations',
  title_zh: '开设评价批次：备案范围与有效期、场地与区域、暂停与终止（第十三条、第十四条）',
  title_en:
    'Opening an evaluation session: scope and validity, site and area, suspension and termination (§13, §14)',
  asOf_zh: '开设批次的日期',
  facts: sessionOpeningFacts,
  example: {
    occupationCode: '6-31-01-03',
    level: 3,
    startsOn: '2026-06-08',
    endsOn: '2026-06-09',
    status: 'active',
    grants: [{ occupationCode: '6-31-01-03', level: 3, validFrom: '2024-01-01', validTo: '2026-12-31' }],
    site: { ownSite: true, provinceCode: '52' },
    filedProvinceCode: '52',
  },
  ruleIds: evaluationSessionRules.map((r) => r.id),
  run: (f) => [scopeFinding(f), siteFinding(f), ...standingFindings(f)],
});
