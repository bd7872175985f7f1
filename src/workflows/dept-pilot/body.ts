// What kind of body an organisation or branch is, for dept-pilot 二（一）'s exclusions (政府部门及其所属
// 单位、未脱钩的协会、非专业行业协会): read from the USCC where GB 32100-2015 says it (登记管理部门码 +
// 机构类别码: 9x 企业, 51 社会团体, 52 民办非企业单位, 11 机关, 12 事业单位), else from the registry kind.
import type { z } from 'zod';
import type { bodyKind } from '../../rules/dept-pilot/exclusion.js';

export type BodyKind = z.infer<typeof bodyKind>;

export function bodyKindOf(institutionKind: string, uscc: string | null): BodyKind | undefined {
  if (institutionKind === 'school') return 'school';
  if (uscc) {
    if (uscc.startsWith('9')) return 'enterprise';
    const head = uscc.slice(0, 2);
    if (head === '51') return 'association';
    if (head === '52') return 'private_non_enterprise';
    if (head === '11') return 'government_body';
    if (head === '12') return 'public_institution';
  }
  if (institutionKind === 'industry_org') return 'association';
  return undefined;
}
