// The English of the renewal's form descriptions (data.ts), keyed by the Chinese description, spread
// into the one map of form descriptions (src/use-cases/cases/form-descriptions-en.ts).
export const RENEWAL_DESCRIPTIONS_EN: Readonly<Record<string, string>> = {
  '续期的评价机构目录条目（本机构在有效期内的贵州省遴选结果）':
    'The directory entry to renew (one of this institution’s Guizhou selections still in force)',
  '申请续期的职业（工种）代码（不填 = 该条目的全部职业）':
    'Codes of the occupations to renew (blank = every occupation of the entry)',
  '申请续期的职业（工种）代码': 'Codes of the occupations to renew',
  '总体信誉良好，处于正常开展职业技能等级认定工作（院校：正常办学）状态（第八条、第九条、第十条第（一）项）':
    'Good standing and evaluating normally (a school: operating normally) (§8(1), §9(1), §10(1))',
  '【用人单位】已按报备承诺实现证书与岗位使用相结合、与待遇相匹配的激励制度并有佐证（第八条第（三）项）':
    '[Employer] Certificates linked to posts and pay as committed, with evidence (§8(3))',
  '【社会培训评价组织】场地、设备、人员等核心条件仍符合国家职业标准要求（第十条第（三）项）':
    '[Social organisation] Sites, equipment and staff still meet the national occupational standards (§10(3))',
  '经查续期申请材料存在虚假申报情形（第十二条）': 'False statements found in the renewal materials (§12)',
  评估日期: 'Date of the assessment',
  '评估依据及说明（核查的材料、现场情况、信用记录等）':
    'Basis of the assessment (materials checked, site visit, credit records …)',
  '新有效期截止日（含当日）：细则未规定有效期长度，由监管部门确定':
    'Last day of the new validity (inclusive): the rules set no length, the authority decides it',
  确定该有效期的理由: 'Reason for this validity',
  '不予续期的职业（工种）': 'Occupation not renewed',
  '不予续期的理由（如该职业核心条件不再符合国家职业标准）':
    'Reason for not renewing it (e.g. its core conditions no longer meet the national standard)',
  '达到人次条件但经评估不予续期的职业（工种）（无则不填）':
    'Occupations that meet the counts but are not renewed after the assessment (blank if none)',
  续期评估不通过的理由: 'Reason the renewal is refused',
};
