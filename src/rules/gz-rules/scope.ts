// gz-rules §2 — 贵州省职业技能等级认定机构遴选及退出实施细则
//
// 第二条  本细则适用于贵州省行政区域内评价机构的遴选申报、续期及退出等相关活动。
//
// Encoded: when the applicant's jurisdiction is given, it must lie in Guizhou (GB/T 2260 code 52xxxx).
import { z } from 'zod';
import type { Finding } from '../finding.js';
import { finding } from '../rule.js';
import { gz, gzRule } from './rule.js';

/** GB/T 2260 province prefix of 贵州省 (reference data, not a number of the text). */
const GUIZHOU_PREFIX = '52';

export const territory = gzRule(
  '2',
  gz(2),
  '适用于贵州省行政区域内的评价机构',
  'Applies within Guizhou province',
);

export const jurisdictionFact = z
  .string()
  .regex(/^\d{6}$/)
  .optional()
  .describe('申报机构所在行政区划代码（6 位，GB/T 2260；贵州省为 52 开头）');

export function territoryFindings(jurisdictionCode: string | undefined): Finding[] {
  if (jurisdictionCode === undefined) return [];
  const inside = jurisdictionCode.startsWith(GUIZHOU_PREFIX);
  return [
    finding(
      territory,
      inside,
      inside
        ? `行政区划 ${jurisdictionCode} 属贵州省，适用本细则`
        : `行政区划 ${jurisdictionCode} 不属贵州省行政区域，本细则不适用`,
      inside
        ? `Jurisdiction ${jurisdictionCode} is in Guizhou; the rules apply`
        : `Jurisdiction ${jurisdictionCode} is outside Guizhou; these rules do not apply`,
      { jurisdictionCode },
    ),
  ];
}
