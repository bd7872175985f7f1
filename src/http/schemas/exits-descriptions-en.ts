// The Chinese descriptions of the exit notice and re-entry bar routes (X, used by exits.routes.ts) and their
// English twins (EXITS_DESCRIPTIONS_EN, spread into REQUEST_DESCRIPTIONS_EN).
const PAIRS = {
  exitId: ['退出记录 ID', 'Exit ID'],
  documentId: ['文书 ID', 'Document ID'],
  barId: ['退出限制 ID', 'Re-entry bar ID'],
  barStatus: [
    '范围：in_force 限制期内（默认） / all 全部（含已届满）',
    'Which: in_force in force (the default) / all all, ended ones too',
  ],
  institutionId: [
    '申报单位（按法定代表人姓名匹配到该限制的机构）',
    'The applicant (the institution matched to the bar by its legal representative’s name)',
  ],
  clearanceReason: [
    '核实情况：如何确认申报单位的法定代表人与退出主体的法定代表人不是同一人（如身份证件核对）',
    'How it was established that the applicant’s legal representative is a different person (e.g. identity documents compared)',
  ],
  clearedInstitutionId: ['核实记录所涉的申报单位', 'The applicant the record concerns'],
  withdrawalReason: [
    '撤销理由：为何撤销该核实记录（如复核发现系同一人）',
    'Why the record is withdrawn (e.g. a later check found the same person)',
  ],
} as const satisfies Record<string, readonly [string, string]>;

type Key = keyof typeof PAIRS;
export const X = Object.fromEntries(Object.entries(PAIRS).map(([k, [zh]]) => [k, zh])) as {
  [K in Key]: (typeof PAIRS)[K][0];
};
export const EXITS_DESCRIPTIONS_EN: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(PAIRS).map(([zh, en]) => [zh, en]),
);
