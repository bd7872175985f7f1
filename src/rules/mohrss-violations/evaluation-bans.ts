// mohrss-violations §6–7 at registration — 技能人才评价违纪违规行为处理工作指引（试行）— the evaluation-ban
// register 评价禁考名单 consulted when a candidate registers (issue 11 point 2)
//
// 第六条  参评人员有下列行为之一的，取消其当次全部科目评价成绩，且当年不得参加评价。
// 第七条  ……情节轻微的，2 年内不得参加评价；情节严重的，5 年内不得参加评价……
//
// A ban is a national one: 不得参加评价 names no institution or province, so the register is searched by
// the person's document (keyed hash) across all of them. The entry already carries its first and last
// day (worked out when it was recorded: candidates.ts candidateBanFindings); here a candidate is refused
// when a ban in force covers the registration day (asOf: registering is the first step of taking part)
// or any day of the session. The message names the ban's last day and article only — not who imposed it.
import { z } from 'zod';
import { defineCheck } from '../check.js';
import { isoDate } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding } from '../rule.js';
import { s6BanInForce, s7BanInForce } from './candidates.js';
import { chargeZh } from './rule.js';

export const banArticle = z
  .string()
  .regex(/^[67](\([1-7]\))?$/)
  .describe('禁评依据：第六条或第七条（可写到项，如 7(4)）');

export const registrationBanFacts = z
  .strictObject({
    sessionStartsOn: isoDate('批次开始日期'),
    sessionEndsOn: isoDate('批次结束日期'),
    bans: z
      .array(
        z.strictObject({
          article: banArticle,
          startsOn: isoDate('禁评起始日'),
          endsOn: isoDate('禁评截止日（含）'),
        }),
      )
      .describe('评价禁考名单中该证件号码的记录'),
  })
  .refine((f) => f.sessionStartsOn <= f.sessionEndsOn, {
    message: '批次结束日期不得早于开始日期',
    path: ['sessionEndsOn'],
  });
export type RegistrationBanFacts = z.infer<typeof registrationBanFacts>;

const overlaps = (aFrom: string, aTo: string, bFrom: string, bTo: string) => aFrom <= bTo && bFrom <= aTo;

export function registrationBanFindings(f: RegistrationBanFacts, asOf: string): Finding[] {
  const out: Finding[] = [];
  for (const [art, rule] of [
    ['6', s6BanInForce],
    ['7', s7BanInForce],
  ] as const) {
    const bans = f.bans.filter((b) => b.article.startsWith(art));
    if (bans.length === 0) {
      out.push(
        finding(
          rule,
          true,
          `评价禁考名单中无该考生依第${art === '6' ? '六' : '七'}条的禁评记录`,
          `No §${art} ban of the candidate on the evaluation-ban register`,
          { bans: 0 },
        ),
      );
      continue;
    }
    for (const b of bans) {
      const banned =
        overlaps(b.startsOn, b.endsOn, asOf, asOf) ||
        overlaps(b.startsOn, b.endsOn, f.sessionStartsOn, f.sessionEndsOn);
      const values = { article: b.article, startsOn: b.startsOn, endsOn: b.endsOn, registeredOn: asOf };
      out.push(
        banned
          ? finding(
              rule,
              false,
              `该考生依${chargeZh(b.article)}被禁止参加评价至 ${b.endsOn}，报名日或批次（${f.sessionStartsOn} 至 ${f.sessionEndsOn}）在禁评期内`,
              `The candidate is banned from evaluation under §${b.article} until ${b.endsOn}; the registration day or the session (${f.sessionStartsOn} to ${f.sessionEndsOn}) falls within it`,
              values,
            )
          : finding(
              rule,
              true,
              `该考生依${chargeZh(b.article)}的禁评期 ${b.startsOn} 至 ${b.endsOn} 不覆盖报名日及批次日期`,
              `The §${b.article} ban from ${b.startsOn} to ${b.endsOn} covers neither the registration day nor the session`,
              values,
            ),
      );
    }
  }
  return out;
}

export const registrationBanCheck = defineCheck({
  name: 'mohrss-violations.ban.registration',
  regime: 'mohrss-violations',
  title_zh: '报名时查询评价禁考名单（第六条、第七条）',
  title_en: 'The evaluation-ban register at registration (§6, §7)',
  asOf_zh: '报名登记日期',
  facts: registrationBanFacts,
  example: {
    sessionStartsOn: '2027-05-15',
    sessionEndsOn: '2027-05-16',
    bans: [{ article: '7(4)', startsOn: '2025-03-15', endsOn: '2027-03-14' }],
  },
  ruleIds: [s6BanInForce.id, s7BanInForce.id],
  run: (f, ctx) => registrationBanFindings(f, ctx.asOf),
});
