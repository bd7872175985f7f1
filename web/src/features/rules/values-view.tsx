// Shows the facts and parameter values a finding compared, or a parameter's value, as a person reads
// them: numbers and dates as they are, lists of named items (materials, rooms, categories) by their
// names in the reader's language, anything else as compact JSON. Each value is named as the 试算 form
// names the facts field it comes from (the check's facts schema, with its English `description_en`
// from src/rules/facts-descriptions-en.ts), else by the common names below; the key only on hover.
import { createContext, useContext } from 'react';
import { Descriptions, Typography } from 'antd';
import { useI18n, type Lang } from '../../app/i18n';
import { label } from '../../app/labels';
import { labelAndHelp, resolve } from './schema-form';
import type { JsonSchema, Parameter } from './types';

/**
 * The catalogue's parameters by id (given by the rule catalogue page): a finding that names the
 * parameter it applied shows the parameter's description, its id only on hover.
 */
export const ParametersContext = createContext<ReadonlyMap<string, Parameter>>(new Map());

interface Named {
  name_zh: string;
  name_en?: string;
  alternatives?: unknown[];
}

const isNamed = (v: unknown): v is Named =>
  typeof v === 'object' && v !== null && typeof (v as { name_zh?: unknown }).name_zh === 'string';

/** A named item, with its accepted alternatives ("A（或 B）"). */
function namedText(v: Named, en: boolean): string {
  const name = (n: Named) => (en ? (n.name_en ?? n.name_zh) : n.name_zh);
  const alts = (v.alternatives ?? []).filter(isNamed).map(name);
  if (!alts.length) return name(v);
  return en ? `${name(v)} (or ${alts.join(', ')})` : `${name(v)}（或${alts.join('、')}）`;
}

/** A parameter id by its description, an enum value by its name (i18n `value.*`), other text as it is. */
function StringValue({ value }: { value: string }) {
  const { t, lang } = useI18n();
  const parameter = useContext(ParametersContext).get(value);
  if (parameter)
    return <span title={value}>{lang === 'en' ? parameter.description_en : parameter.description_zh}</span>;
  const named = label(t, 'value', value);
  return named === value ? <>{value}</> : <span title={value}>{named}</span>;
}

export function ValueText({ value }: { value: unknown }) {
  const { t, lang } = useI18n();
  const en = lang === 'en';
  if (value === null || value === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  if (typeof value === 'boolean') return <>{value ? t('common.yes') : t('common.no')}</>;
  if (typeof value === 'string') return <StringValue value={value} />;
  if (typeof value === 'number') return <>{String(value)}</>;
  if (isNamed(value)) return <>{namedText(value, en)}</>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
    if (value.every((v) => typeof v === 'string' || typeof v === 'number')) return <>{value.join('、')}</>;
    if (value.every(isNamed)) {
      return (
        <ol style={{ margin: 0, paddingInlineStart: 20, fontWeight: 'normal' }}>
          {value.map((v, i) => (
            <li key={i}>{namedText(v, en)}</li>
          ))}
        </ol>
      );
    }
  }
  return (
    <Typography.Text code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
      {JSON.stringify(value)}
    </Typography.Text>
  );
}

/**
 * Names of the values the rules compare that are not facts fields (what was found, the bound, the
 * parameter …). A key in neither the facts nor here keeps its key, in code type.
 */
const VALUE_NAMES: Record<string, [zh: string, en: string]> = {
  actual: ['实际', 'Actual'],
  minimum: ['最低要求', 'Minimum'],
  maximum: ['上限', 'Maximum'],
  required: ['要求', 'Required'],
  present: ['是否存在', 'Present'],
  assessment: ['认定', 'Assessment'],
  parameter: ['参数', 'Parameter'],
  material: ['材料', 'Material'],
  submitted: ['已提交', 'Submitted'],
  submittedAs: ['提交形式', 'Submitted as'],
  submittedOn: ['提交日期', 'Submitted on'],
  missing: ['缺少', 'Missing'],
  number: ['数量', 'Number'],
  occupation: ['职业（工种）', 'Occupation'],
  consequence: ['后果', 'Consequence'],
  consequences: ['后果', 'Consequences'],
  start: ['起算日', 'Start'],
  period: ['期限', 'Period'],
  unit: ['单位', 'Unit'],
  due: ['到期日', 'Due'],
  doneOn: ['办结日期', 'Done on'],
  reachedOn: ['到达日期', 'Reached on'],
  calendarKnown: ['工作日历已登记', 'Working-day calendar recorded'],
  skipped: ['跳过的日期', 'Days skipped'],
  acceptedAlternatives: ['可替代的材料', 'Accepted alternatives'],
  commitmentLetter: ['承诺书', 'Commitment letter'],
  sanctions: ['处理记录', 'Sanctions'],
  years: ['年数', 'Years'],
  decisionOn: ['决定日期', 'Decision date'],
  given: ['已提供', 'Given'],
  records: ['记录', 'Records'],
  windowFrom: ['期间起', 'Window from'],
  windowTo: ['期间止', 'Window to'],
  ban: ['禁入', 'Ban'],
  banYears: ['禁入年数', 'Ban (years)'],
  minimumYears: ['最少年数', 'Minimum years'],
  since: ['起始日期', 'Since'],
  document: ['文件', 'Document'],
  held: ['持有的资格', 'Held'],
  level: ['等级', 'Level'],
  occupationCode: ['职业（工种）代码', 'Occupation code'],
  startsOn: ['开始日期', 'Starts on'],
  endsOn: ['结束日期', 'Ends on'],
  result: ['结果', 'Result'],
  quota: ['名额', 'Quota'],
  asOf: ['基准日期', 'As of'],
  mustRunTo: ['须至少持续到', 'Must run at least to'],
  leaseCurrent: ['租约在有效期内', 'Lease current'],
  minimumRooms: ['最少考场数', 'Minimum rooms'],
  minimumSeats: ['最少机位数', 'Minimum seats'],
  metBy: ['满足条件的依据', 'Met by'],
  failures: ['不符合项', 'Failures'],
  open: ['未结', 'Open'],
  requested: ['申请', 'Requested'],
  noticeDays: ['提前告知天数', 'Days of notice'],
  earliestTerminationOn: ['最早终止日期', 'Earliest termination'],
  ground: ['情形', 'Ground'],
  onRegister: ['在名册中', 'On the register'],
  eligibleFrom: ['可再申请日期', 'Eligible from'],
  lastBannedDay: ['禁入最后一日', 'Last day of the ban'],
  groundsPresent: ['存在的情形', 'Grounds present'],
  groundsPending: ['待认定的情形', 'Grounds to be decided'],
  failingGrades: ['不合格等次', 'Failing grades'],
  uncovered: ['未覆盖', 'Not covered'],
  categories: ['类别', 'Categories'],
  yearsRequired: ['要求年数', 'Years required'],
  exception: ['例外', 'Exception'],
  lookbackYears: ['追溯年数', 'Years looked back'],
  listings: ['登记记录', 'Listings'],
  eligibleGroups: ['可申报的大类', 'Eligible groups'],
  majorGroup: ['职业大类', 'Major group'],
  sinceIsApproval: ['自批准之日起算', 'Counted from the approval'],
  appliedOn: ['申请日期', 'Applied on'],
  totalIfFiled: ['备案后合计', 'Total if filed'],
  scoreScope: ['成绩范围', 'Score scope'],
  revokedBy: ['撤销机关', 'Revoked by'],
  competent: ['主管机关', 'Competent authority'],
  evaluationOn: ['评价日期', 'Evaluation date'],
  workOn: ['工作日期', 'Work date'],
  siteProvince: ['考点所在省份', 'Province of the site'],
  filedProvince: ['备案省份', 'Province of filing'],
  registeredOn: ['登记日期', 'Registered on'],
  certificate: ['证书', 'Certificate'],
  month: ['月份', 'Month'],
  intakeMonths: ['招生月份', 'Intake months'],
  intakesPerYear: ['每年招生次数', 'Intakes per year'],
  yearEndsOn: ['年度截止日', 'Year ends on'],
};

/** The JSON schema of the facts field named `key`: a top-level field first, then a nested one. */
function factsFieldOf(root: JsonSchema, key: string): JsonSchema | undefined {
  const queue: JsonSchema[] = [root];
  const seen = new Set<JsonSchema>();
  while (queue.length > 0) {
    const { s } = resolve(queue.shift()!, root);
    if (seen.has(s)) continue;
    seen.add(s);
    const hit = s.properties?.[key];
    if (hit) return hit.description ? hit : resolve(hit, root).s;
    queue.push(...Object.values(s.properties ?? {}), ...(s.items ? [s.items] : []));
    queue.push(...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? []));
  }
  return undefined;
}

/** A value's name in the reader's language, or undefined when it has none but its key. */
export function valueLabel(key: string, factsSchema: JsonSchema | undefined, lang: Lang): string | undefined {
  const field = factsSchema ? factsFieldOf(factsSchema, key) : undefined;
  const description =
    lang === 'en' ? (field as { description_en?: string } | undefined)?.description_en : field?.description;
  if (description) return labelAndHelp({ description }, true).label;
  const named = VALUE_NAMES[key];
  return named ? named[lang === 'en' ? 1 : 0] : undefined;
}

export function ValuesTable({
  values,
  factsSchema,
}: {
  values: Record<string, unknown>;
  /** The check's facts schema, to name each value as its facts field. */
  factsSchema?: JsonSchema | undefined;
}) {
  const { lang } = useI18n();
  // An explanation comes in both languages: only the reader's is shown.
  const hidden = lang === 'en' ? 'explanation_zh' : 'explanation_en';
  const entries = Object.entries(values).filter(([k]) => k !== hidden);
  if (entries.length === 0) return null;
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      styles={{ label: { width: 200, fontSize: 12 } }}
      items={entries.map(([k, v]) => {
        const name =
          k === 'explanation_zh' || k === 'explanation_en'
            ? lang === 'en'
              ? 'Explanation'
              : '说明'
            : valueLabel(k, factsSchema, lang);
        return {
          key: k,
          label: name ? (
            <span title={k}>{name}</span>
          ) : (
            <Typography.Text code style={{ fontSize: 12 }}>
              {k}
            </Typography.Text>
          ),
          children: <ValueText value={v} />,
        };
      })}
    />
  );
}
