// The articles a lead rests on, by where it came from.
// - 1x-selection §26: complaints from schools, teachers, students, parents and society, accepted and the
//   organisation urged to respond and rectify (督促培训评价组织及时回应和整改);
// - 1x-exit §7(1): the delegated unit gathers the problem leads (问题线索) from the supervision hotline,
//   letters (信访件), the certificate information platform and the biweekly reports into a ledger (工作台账);
// - mohrss-filing 一(十七) / 二(十三): the supervision and complaint channels of a filing;
// - dept-pilot 四(三): supervision by the ministry, the industry and the local HRSS departments together;
// - mohrss-violations §15 ¶2: reading certificate data beyond one's rights (the data-access alerts).
import type { Citation } from '../../domain/citation.js';
import type { LeadSource } from '../../persistence/schema.js';

export const COMPLAINTS: Citation = { source: '1x-selection', article: 26 };
export const LEDGER: Citation = { source: '1x-exit', article: 7, item: 1 };
export const FILING_CHANNEL_EMPLOYER: Citation = { source: 'mohrss-filing', article: '一', item: 17 };
export const FILING_CHANNEL_SOCIAL: Citation = { source: 'mohrss-filing', article: '二', item: 13 };
export const MULTI_PARTY: Citation = { source: 'dept-pilot', article: '四', item: 3 };
export const DATA_ACCESS: Citation = { source: 'mohrss-violations', article: 15, paragraph: 2 };

export const LEAD_CITATIONS: Record<LeadSource, Citation[]> = {
  complaint: [COMPLAINTS, FILING_CHANNEL_EMPLOYER, FILING_CHANNEL_SOCIAL],
  hotline: [LEDGER],
  letter: [LEDGER],
  certificate_platform: [LEDGER],
  biweekly_report: [LEDGER],
  inspection: [{ source: '1x-selection', article: 25 }, LEDGER],
  violation_detection: [LEDGER],
  data_access: [DATA_ACCESS, LEDGER],
};
