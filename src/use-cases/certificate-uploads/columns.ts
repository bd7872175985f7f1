// The columns of a certificate-data file (证书数据上报模板), in the order of the template. A file may
// order them differently: the header row names them (Chinese header, or the key).
export const UPLOAD_COLUMNS = [
  {
    key: 'number',
    header: '证书编号',
    note: '22 位：第 1 位 Y/S，第 2–13 位为本机构（站点）的证书编号代码，第 14–15 位为发证年份后两位，第 16 位为等级，第 17–22 位为证书序列码',
  },
  { key: 'name', header: '姓名', note: '持证人姓名，1–50 个字' },
  {
    key: 'docType',
    header: '证件类型',
    note: '居民身份证、港澳居民来往内地通行证、台湾居民来往大陆通行证、护照、外国人永久居留身份证、港澳台居民居住证',
  },
  {
    key: 'docNumber',
    header: '证件号码',
    note: '按证件类型校验（居民身份证校验第 18 位校验码）；系统加密保存',
  },
  {
    key: 'occupation',
    header: '职业（工种）代码',
    note: '《职业分类大典》（2022 年版）中的代码，如 4-10-01-02',
  },
  { key: 'level', header: '等级', note: '1–5（一级/高级技师 … 五级/初级工），也可填“五级”' },
  {
    key: 'issuedOn',
    header: '发证日期',
    note: '如 2025-06-30；须在本机构备案（遴选）该职业（工种）和等级的有效期内（《技能人才评价违纪违规行为处理工作指引（试行）》第十五条）',
  },
] as const;

export type UploadColumnKey = (typeof UPLOAD_COLUMNS)[number]['key'];
export const HEADER_OF: Record<UploadColumnKey, string> = Object.fromEntries(
  UPLOAD_COLUMNS.map((c) => [c.key, c.header]),
) as Record<UploadColumnKey, string>;

/** Which cell holds which column, from the header row; undefined entries are missing columns. */
export function mapHeader(header: readonly string[]): {
  index: Record<UploadColumnKey, number>;
  missing: string[];
} {
  const norm = (s: string) => s.replace(/\s+/g, '').replace(/[()]/g, (c) => (c === '(' ? '（' : '）'));
  const index = {} as Record<UploadColumnKey, number>;
  const missing: string[] = [];
  for (const c of UPLOAD_COLUMNS) {
    const i = header.findIndex((h) => norm(h) === c.header || h.trim() === c.key);
    if (i < 0) missing.push(c.header);
    else index[c.key] = i;
  }
  return { index, missing };
}
