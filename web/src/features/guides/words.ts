// The guides' identifiers in words (the API sends glossary identifiers): who acts, the file kinds a
// material accepts, the units of a parameter.
export type Tx = (zh: string, en: string) => string;

const AWAITING: Record<string, [string, string]> = {
  applicant: ['申请人', 'The applicant'],
  authority: ['受理部门', 'The authority'],
  experts: ['评审专家', 'The experts'],
  public: ['社会公众（公示期）', 'The public (notice period)'],
};

const ACTOR: Record<string, [string, string]> = {
  applicant: ['申请人', 'applicant'],
  authority: ['受理部门', 'authority'],
  expert: ['评审专家', 'expert'],
  public: ['社会公众', 'the public'],
  system: ['系统自动', 'the system'],
};

const ACCEPTS: Record<string, [string, string]> = {
  pdf: ['PDF', 'PDF'],
  image: ['图片', 'image'],
  excel: ['Excel 表格', 'Excel'],
  word: ['Word 文档', 'Word'],
  archive: ['压缩包', 'archive'],
};

const UNITS: Record<string, [string, string]> = {
  persons: ['人', 'persons'],
  person_times: ['人次', 'person-times'],
  organisations: ['家', 'organisations'],
  square_metres: ['平方米', 'm²'],
  centimetres: ['厘米', 'cm'],
  rooms: ['间', 'rooms'],
  seats: ['个', 'seats'],
  working_days: ['个工作日', 'working days'],
  calendar_days: ['日', 'days'],
  months: ['个月', 'months'],
  years: ['年', 'years'],
  months_of_year: ['月', 'month'],
  certificates: ['人次', 'certificates'],
  count: ['个', ''],
  list: ['项', 'items'],
  date: ['', ''],
};

const pick = (map: Record<string, [string, string]>, tx: Tx, key: string, fallback: [string, string]) => {
  const [zh, en] = map[key] ?? fallback;
  return tx(zh, en);
};

export const awaitingText = (tx: Tx, a: string | null) =>
  a ? pick(AWAITING, tx, a, ['—', '—']) : tx('—', '—');
export const actorText = (tx: Tx, a: string) => pick(ACTOR, tx, a, ['其他', 'other']);
export const acceptsText = (tx: Tx, a: string) => pick(ACCEPTS, tx, a, ['其他文件', 'other file']);
export const unitText = (tx: Tx, u: string) => pick(UNITS, tx, u, ['', '']);

/** "10 个工作日" / "10 working days". */
export const daysText = (tx: Tx, n: number | null, unit: 'working_days' | 'calendar_days') =>
  n === null ? tx('按规定', 'as the rules set') : `${n} ${unitText(tx, unit)}`;
