// Where the form of one §16 credit look-up ('record_credit_check', 1x-selection §16) starts (issue 10
// point 7): with the next platform the case still lacks a result for that counts — none recorded, or one
// looked up before the shortlisting (credit.ts says why such a result is not the check of §16) — and that
// platform's name as the source. The day, the result and the reference are the look-up's own: unset.
import { emptyDefaults, setDefault, type EventDefaults } from '../event-defaults.js';
import { creditPicture } from './credit.js';
import { CREDIT_PLATFORM_ZH, CREDIT_PLATFORMS, type Selection1xData } from './data.js';

const PLATFORM_EN = {
  ndrc: 'Credit China (NDRC)',
  samr: 'National Enterprise Credit Information Publicity System (SAMR)',
  tax: 'Major tax violations check (State Taxation Administration)',
} as const;

/** The starting values of 'record_credit_check' on `today`, with their bases. */
export function creditCheckDefaults(data: Selection1xData, today: string): EventDefaults {
  const d = emptyDefaults();
  const picture = creditPicture(data.creditChecks, data.shortlistedOn, today);
  const next = CREDIT_PLATFORMS.find((p) => picture.platforms[p].standing === 'not_done');
  if (!next) return d;
  const why_zh = picture.platforms[next].why_zh;
  const why_en = `${PLATFORM_EN[next]}: no result that counts yet`;
  setDefault(d, 'platform', next, why_zh, why_en);
  setDefault(d, 'source', CREDIT_PLATFORM_ZH[next], why_zh, why_en);
  return d;
}
