// The credit check record of a shortlisted organisation (1x-selection §16: 对经遴选拟入围的培训评价组织，
// 通过国家发展改革委、市场监管总局有关信用平台核查其信用情况，税务总局支持核查其是否存在重大税收违法失信
// 情况), turned into the facts of the 1x-selection.publication check.
//
// When a result counts. The text sets no period within which a look-up must have been made, nor how
// long a result stays good. What it does fix is whom and when: the check is of an organisation
// "经遴选拟入围" — so a look-up made before the experts shortlisted it is not that check — and it comes
// before the public notice, the joint conference's approval and publication (§16's order). So a result
// counts when it was looked up on or after the day of shortlisting and not after the day it is used
// (the notice is started, the approval recorded, the list published); no number of days is invented.
// The latest entry per platform is the one that counts (a re-check replaces an earlier result).
import type { Finding } from '../../rules/finding.js';
import { CREDIT_NOTICE_PUBLICATION } from './citations.js';
import { CREDIT_PLATFORM_ZH, CREDIT_PLATFORMS, type CreditCheckEntry, type CreditPlatform } from './data.js';

export type CreditStanding = 'clear' | 'adverse' | 'not_done';

export interface CreditPicture {
  /** Per platform: the entry that counts, or why none does. */
  platforms: Record<
    CreditPlatform,
    { entry: CreditCheckEntry | null; standing: CreditStanding; why_zh: string }
  >;
  /** publication check facts: NDRC and SAMR together are the §16 credit check, the tax check apart. */
  creditCheck: 'clear' | 'adverse' | 'not_done';
  taxCheck: 'clear' | 'major_violation' | 'not_done';
}

/** The latest entry of each platform (entries are kept in the order they were recorded). */
export function latestPerPlatform(
  entries: readonly CreditCheckEntry[],
): Map<CreditPlatform, CreditCheckEntry> {
  const out = new Map<CreditPlatform, CreditCheckEntry>();
  for (const e of entries) out.set(e.platform, e);
  return out;
}

export function creditPicture(
  entries: readonly CreditCheckEntry[],
  shortlistedOn: string | null,
  asOf: string,
): CreditPicture {
  const latest = latestPerPlatform(entries);
  const platforms = {} as CreditPicture['platforms'];
  for (const p of CREDIT_PLATFORMS) {
    const e = latest.get(p) ?? null;
    if (!e) {
      platforms[p] = {
        entry: null,
        standing: 'not_done',
        why_zh: `${CREDIT_PLATFORM_ZH[p]}：尚未录入核查结果`,
      };
    } else if (shortlistedOn === null || e.checkedOn < shortlistedOn) {
      platforms[p] = {
        entry: e,
        standing: 'not_done',
        why_zh: `${CREDIT_PLATFORM_ZH[p]}：${e.checkedOn} 的核查早于拟入围日（${shortlistedOn ?? '尚未入围'}），不是对拟入围组织的核查`,
      };
    } else if (e.checkedOn > asOf) {
      platforms[p] = {
        entry: e,
        standing: 'not_done',
        why_zh: `${CREDIT_PLATFORM_ZH[p]}：核查日期 ${e.checkedOn} 晚于办理日 ${asOf}`,
      };
    } else {
      platforms[p] = {
        entry: e,
        standing: e.result,
        why_zh: `${CREDIT_PLATFORM_ZH[p]}：${e.checkedOn} 核查（${e.source}${e.reference ? `，${e.reference}` : ''}），${e.result === 'clear' ? '无不良记录' : '发现不良记录'}`,
      };
    }
  }
  const credit = [platforms.ndrc.standing, platforms.samr.standing];
  return {
    platforms,
    creditCheck: credit.includes('adverse') ? 'adverse' : credit.includes('not_done') ? 'not_done' : 'clear',
    taxCheck:
      platforms.tax.standing === 'adverse'
        ? 'major_violation'
        : platforms.tax.standing === 'not_done'
          ? 'not_done'
          : 'clear',
  };
}

/** One finding per platform: what was entered, from where, on which day — shown beside the rules' findings. */
export function creditRecordFindings(
  picture: CreditPicture,
  shortlistedOn: string | null,
  asOf: string,
): Finding[] {
  return CREDIT_PLATFORMS.map((p) => {
    const x = picture.platforms[p];
    return {
      ruleId: `entry/1x-selection/credit-record/${p}`,
      citation: CREDIT_NOTICE_PUBLICATION,
      passed: x.standing === 'clear',
      message_zh: x.why_zh,
      message_en:
        x.standing === 'not_done'
          ? `${p}: no result looked up between shortlisting (${shortlistedOn ?? '—'}) and ${asOf}`
          : `${p}: ${x.entry!.checkedOn} ${x.standing}`,
      values: {
        platform: p,
        standing: x.standing,
        checkedOn: x.entry?.checkedOn ?? null,
        source: x.entry?.source ?? null,
        reference: x.entry?.reference ?? null,
        windowFrom: shortlistedOn,
        windowTo: asOf,
      },
    };
  });
}
