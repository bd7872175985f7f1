// Row-by-row validation of an import sheet (docs/decisions/0022-filings-import.md): each value is
// checked on its own (USCC under GB 32100, occupation codes in the catalogue, dates, levels) and
// against the rest of the file (a filing code or USCC used twice). Every problem is reported with its
// row, its column's Chinese header and a Chinese message; the registry checks (an existing USCC of
// another name, a filing code published by a case) follow in import-filings.ts.
import { parseUscc } from '../../domain/uscc.js';
import { jurisdictionPrefix } from '../../policies/scope.js';
import type { InstitutionKind } from '../../persistence/schema.js';
import {
  columnZh,
  KIND_NAMES,
  PROGRAMME_LEVELS,
  type ImportColumnKey,
  type RawImportRow,
} from './columns.js';

export interface ImportIssue {
  /** Row of the sheet (header = 1); 0 for the file as a whole. */
  row: number;
  /** The column's Chinese header, when the problem is in one cell. */
  column?: string;
  message: string;
}

export interface ImportLookups {
  today: string;
  authorities: readonly { id: string; name: string; kind: string; jurisdictionCode: string }[];
  occupations: ReadonlySet<string>;
  jurisdictions: ReadonlyMap<string, { name: string; level: string }>;
}

export interface ParsedBranch {
  name: string;
  uscc: string | null;
  filingCode: string;
  jurisdictionCode: string;
  /** The provincial department of the branch's province (mohrss-filing 一(十)5: 属地备案). */
  authorityId: string;
}

export interface ParsedFiling {
  row: number;
  name: string;
  kind: InstitutionKind;
  uscc: string;
  filingCode: string;
  authorityId: string;
  decisionDate: string;
  validFrom: string;
  validTo: string | null;
  scopes: { occupationCode: string; level: number }[];
  programmes: { name: string; levels: ('junior' | 'intermediate' | 'senior')[] }[];
  branches: ParsedBranch[];
  legalRepresentative: string | null;
  address: string | null;
  /** From the USCC's registering division (GB 32100 positions 3–8), as precise as the registry knows. */
  jurisdictionCode: string;
}

const MAX_TEXT = 200;
const FILING_CODE = /^[0-9A-Za-z\u4e00-\u9fff〔〕()（）[\]【】\-_/.·]{1,60}$/u;
const SEP = /[;；]/;

export function validateRows(
  rows: readonly RawImportRow[],
  lookups: ImportLookups,
): { filings: ParsedFiling[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const filings: ParsedFiling[] = [];
  const codes = new Map<string, number>();
  const usccs = new Map<string, number>();
  const authorityByName = new Map(lookups.authorities.map((a) => [a.name, a]));
  for (const raw of rows) {
    const before = issues.length;
    const bad = (column: ImportColumnKey | null, message: string) =>
      issues.push({ row: raw.row, ...(column ? { column: columnZh(column) } : {}), message });
    const text = (key: ImportColumnKey, required: boolean): string | null => {
      const v = raw[key];
      if (v === undefined) {
        if (required) bad(key, '必填，不能为空');
        return null;
      }
      if ([...v].length > MAX_TEXT) {
        bad(key, `内容过长（最多 ${MAX_TEXT} 个字）`);
        return null;
      }
      return v;
    };

    const name = text('name', true);
    const kindText = text('kind', true);
    const kind = kindText === null ? null : (KIND_NAMES[kindText.replace(/\s+/g, '')] ?? null);
    if (kindText !== null && !kind)
      bad(
        'kind',
        `「${kindText}」不是机构类别（用人单位、院校、社会培训评价组织、行业组织、职业教育培训评价组织）`,
      );

    const usccText = text('uscc', true);
    let uscc: string | null = null;
    let jurisdictionCode: string | null = null;
    if (usccText !== null) {
      const parsed = parseUscc(usccText);
      if (!parsed.ok) bad('uscc', parsed.message_zh);
      else {
        uscc = parsed.value.code;
        jurisdictionCode = jurisdictionOf(parsed.value.divisionCode, lookups);
        if (!jurisdictionCode)
          bad('uscc', `登记管理机关行政区划码「${parsed.value.divisionCode}」不属于任何已登记的省级行政区`);
        const first = usccs.get(uscc);
        if (first !== undefined && first !== raw.row) {
          // One institution may hold several filings; the same USCC must then name the same institution.
          const other = filings.find((f) => f.uscc === uscc);
          if (other && (other.name !== name || other.kind !== kind))
            bad('uscc', `与第 ${first} 行的统一社会信用代码相同，但机构名称或类别不同`);
        } else usccs.set(uscc, raw.row);
      }
    }

    const filingCode = text('filingCode', true);
    if (filingCode !== null) {
      if (!FILING_CODE.test(filingCode))
        bad('filingCode', '备案编号只能包含数字、字母、汉字和常用符号，最长 60 个字符');
      else claim(filingCode, raw.row, 'filingCode');
    }

    const authorityText = text('authority', true);
    const authority = authorityText === null ? undefined : authorityByName.get(authorityText);
    if (authorityText !== null && !authority)
      bad('authority', `「${authorityText}」不是本系统已登记的监管部门（请填写部门全称）`);
    if (authority && jurisdictionCode && !contains(authority.jurisdictionCode, jurisdictionCode))
      bad(
        'authority',
        `${authority.name}的辖区不包括该机构的登记地（${lookups.jurisdictions.get(jurisdictionCode)?.name ?? jurisdictionCode}）`,
      );

    const decisionDate = date('decisionDate', true);
    const validFrom = date('validFrom', true);
    const validTo = date('validTo', false);
    if (decisionDate && decisionDate > lookups.today)
      bad('decisionDate', `决定日期 ${decisionDate} 晚于今天（${lookups.today}），存量导入只收已作出的决定`);
    if (validFrom && validTo && validTo < validFrom)
      bad('validTo', `有效期止 ${validTo} 早于有效期起 ${validFrom}`);

    const scopes = parseScope(raw.scope);
    const programmes = parseProgrammes(raw.programmes);
    if (kind === 'training_org') {
      if (programmes.length === 0 && scopes.length === 0)
        bad('programmes', '职业教育培训评价组织应填写 1+X 证书（或认定范围）');
    } else {
      if (raw.programmes !== undefined) bad('programmes', '只有职业教育培训评价组织（1+X）填写 1+X 证书');
      if (scopes.length === 0 && raw.scope === undefined)
        bad('scope', '必填：职业编码:等级，如 4-10-01-05:3/4/5');
    }
    const branches = parseBranches(raw.branches);

    if (
      issues.length === before &&
      name &&
      kind &&
      uscc &&
      filingCode &&
      authority &&
      decisionDate &&
      validFrom
    )
      filings.push({
        row: raw.row,
        name,
        kind,
        uscc,
        filingCode,
        authorityId: authority.id,
        decisionDate,
        validFrom,
        validTo,
        scopes,
        programmes,
        branches,
        legalRepresentative: text('legalRepresentative', false),
        address: text('address', false),
        jurisdictionCode: jurisdictionCode!,
      });

    function claim(code: string, row: number, column: ImportColumnKey) {
      const first = codes.get(code);
      if (first !== undefined) bad(column, `备案编号「${code}」与第 ${first} 行重复`);
      else codes.set(code, row);
    }

    function date(key: ImportColumnKey, required: boolean): string | null {
      const v = text(key, required);
      if (v === null) return null;
      const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(v);
      const iso = m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
      if (
        !iso ||
        Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) ||
        new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) !== iso
      ) {
        bad(key, `「${v}」不是有效日期（格式 YYYY-MM-DD，如 2024-03-15）`);
        return null;
      }
      if (iso < '1990-01-01' || iso > '2100-12-31') {
        bad(key, `日期 ${iso} 超出可接受的范围（1990–2100 年）`);
        return null;
      }
      return iso;
    }

    function parseScope(v: string | undefined): { occupationCode: string; level: number }[] {
      if (v === undefined) return [];
      const out: { occupationCode: string; level: number }[] = [];
      for (const part of v
        .split(SEP)
        .map((p) => p.trim())
        .filter(Boolean)) {
        const m = /^([1-8]-\d{2}-\d{2}-\d{2})\s*[:：]\s*([1-5](?:\s*[/、,，]\s*[1-5])*)$/.exec(part);
        if (!m) {
          bad('scope', `「${part}」格式不对，应为 职业编码:等级，如 4-10-01-05:3/4/5`);
          continue;
        }
        const code = m[1]!;
        if (!lookups.occupations.has(code)) {
          bad('scope', `职业编码 ${code} 不在职业分类目录中`);
          continue;
        }
        for (const l of m[2]!.split(/[/、,，]/).map((x) => Number(x.trim()))) {
          if (out.some((s) => s.occupationCode === code && s.level === l))
            bad('scope', `职业 ${code} 的等级 ${l} 重复`);
          else out.push({ occupationCode: code, level: l });
        }
      }
      return out;
    }

    function parseProgrammes(v: string | undefined) {
      if (v === undefined) return [];
      const out: ParsedFiling['programmes'] = [];
      for (const part of v
        .split(SEP)
        .map((p) => p.trim())
        .filter(Boolean)) {
        const m = /^(.+?)\s*[:：]\s*(.+)$/.exec(part);
        const levels = m ? m[2]!.split(/[/、,，]/).map((x) => PROGRAMME_LEVELS[x.trim()]) : [];
        if (!m || levels.length === 0 || levels.some((l) => !l)) {
          bad('programmes', `「${part}」格式不对，应为 证书名称:初级/中级/高级`);
          continue;
        }
        if (out.some((p) => p.name === m[1]!.trim())) bad('programmes', `证书「${m[1]!.trim()}」重复`);
        else
          out.push({
            name: m[1]!.trim(),
            levels: [...new Set(levels as ('junior' | 'intermediate' | 'senior')[])],
          });
      }
      return out;
    }

    function parseBranches(v: string | undefined): ParsedBranch[] {
      if (v === undefined) return [];
      const out: ParsedBranch[] = [];
      for (const part of v
        .split(SEP)
        .map((p) => p.trim())
        .filter(Boolean)) {
        const f = part.split(/[|｜]/).map((x) => x.trim());
        if (f.length !== 4 || !f[0] || !f[1] || !f[3]) {
          bad('branches', `「${part}」格式不对，应为 省份|分支机构名称|统一社会信用代码（可空）|备案编号`);
          continue;
        }
        const [provinceText, branchName, branchUscc, code] = f as [string, string, string, string];
        const province = provinceOf(provinceText, lookups);
        if (!province) {
          bad('branches', `分支机构「${branchName}」的省份「${provinceText}」不是省级行政区名称或代码`);
          continue;
        }
        let bUscc: string | null = null;
        let bJurisdiction = province;
        if (branchUscc !== '') {
          const p = parseUscc(branchUscc);
          if (!p.ok) {
            bad('branches', `分支机构「${branchName}」的统一社会信用代码有误：${p.message_zh}`);
            continue;
          }
          bUscc = p.value.code;
          const j = jurisdictionOf(p.value.divisionCode, lookups);
          if (j && contains(province, j)) bJurisdiction = j;
          if (bUscc === uscc) bad('branches', `分支机构「${branchName}」的统一社会信用代码与总机构相同`);
        }
        if (!FILING_CODE.test(code)) {
          bad('branches', `分支机构「${branchName}」的备案编号格式不对`);
          continue;
        }
        const pa = lookups.authorities.find(
          (a) => a.kind === 'provincial_hrss' && a.jurisdictionCode === province,
        );
        if (!pa) {
          bad(
            'branches',
            `分支机构「${branchName}」所在的${lookups.jurisdictions.get(province)?.name ?? province}没有已登记的省级人力资源社会保障部门`,
          );
          continue;
        }
        if (out.some((b) => b.name === branchName)) {
          bad('branches', `分支机构「${branchName}」重复`);
          continue;
        }
        claim(code, raw.row, 'branches');
        out.push({
          name: branchName,
          uscc: bUscc,
          filingCode: code,
          jurisdictionCode: bJurisdiction,
          authorityId: pa.id,
        });
      }
      return out;
    }
  }
  return { filings, issues };
}

/** The division as precisely as the registry knows it: the county/prefecture itself, its prefecture, its province. */
function jurisdictionOf(division: string, l: ImportLookups): string | null {
  // 100000: registered by a national body (民政部, 国家市场监督管理总局): the whole country.
  if (division === '100000') return l.jurisdictions.has('000000') ? '000000' : null;
  for (const code of [division, `${division.slice(0, 4)}00`, `${division.slice(0, 2)}0000`])
    if (l.jurisdictions.has(code) && code !== '000000') return code;
  return null;
}

function provinceOf(text: string, l: ImportLookups): string | null {
  const t = text.replace(/\s+/g, '');
  if (/^\d{6}$/.test(t)) return l.jurisdictions.get(t)?.level === 'province' ? t : null;
  for (const [code, j] of l.jurisdictions)
    if (
      j.level === 'province' &&
      (j.name === t || j.name.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, '') === t)
    )
      return code;
  return null;
}

/** Whether the authority's jurisdiction contains the code ('000000' contains every code). */
function contains(authorityJurisdiction: string, code: string): boolean {
  return code.startsWith(jurisdictionPrefix(authorityJurisdiction));
}
