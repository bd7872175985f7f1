// A form drawn from a JSON schema (the server's zod schema of a procedure's application form or of an
// event's payload): strings (a date → DatePicker, an enum → Select), numbers, booleans, nested objects
// and arrays of strings or objects (Form.List), each labelled with the schema's description (Chinese,
// or its English twin in English).
// Fields a procedure marks with a widget (or names occupationCode / level / jurisdictionCode) use the
// registry's pickers. The server validates everything either way; its field problems are marked here.
import {
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd';
import { createContext, useContext, useMemo, useState } from 'react';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { OccupationSelect } from '../reference/occupation-select';
import { LevelSelect, useLevelName } from '../reference/level-select';
import { useApi } from '../../app/use-api';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../i18n/zh-CN';
import { enumOptions } from '../rules/schema-form';
import { JurisdictionSelect } from '../reference/jurisdiction-select';
import type { JsonSchema } from './types';
import { useText } from './texts';
import { labelAndHelp, withoutCodes } from './labels';
import { resolve } from './schema-resolve';
import { numberRule } from '../common/number-rules';

/**
 * Whether required yes/no fields are answered one by one, starting unset (a form that starts from what
 * the system knows: an assessment with its starting values), rather than a switch starting at 否.
 */
export const AnsweredBooleans = createContext(false);

/**
 * Values the page knows that a remote field's `source` may name as `{name}` — the case page's action
 * forms give `{caseId}`, so that a procedure can ask for the options of this case
 * ('/violation-cases/options/session-staff?caseId={caseId}'). A source naming a value the page does not
 * give is not requested: the select stays empty and disabled rather than ask the server for a wrong list.
 */
export const SourcePlaceholders = createContext<Readonly<Record<string, string>>>({});

/** The source with its `{name}` placeholders filled (URL-encoded), or null if one is not known. */
export function fillSource(source: string, values: Readonly<Record<string, string>>): string | null {
  let missing = false;
  const filled = source.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (_m, name: string) => {
    const v = values[name];
    if (v === undefined || v === '') {
      missing = true;
      return '';
    }
    return encodeURIComponent(v);
  });
  return missing ? null : filled;
}

type Name = (string | number)[];

/** The widget a field asks for: the procedure's explicit hint, else what the field evidently is. */
/**
 * Options of an enumeration by name, never by identifier: the dictionary's label of the value
 * (i18n `value.<id>`, the one catalogue of the API's enumerations), else the name the schema's
 * description gives it (Chinese), else the value itself.
 */
function useNamedOptions() {
  const { t, lang } = useI18n();
  return (values: unknown[], description: string | undefined, fieldKey?: string) =>
    byArticle(enumOptions(values, description), fieldKey).map((o) => {
      // A value named for this field first (`value.ladder.none` 不另行处理 beside `value.voidResults.none`
      // 不宣布无效: one code, two meanings), then the catalogue's name of the value.
      for (const key of [
        ...(fieldKey ? [`value.${fieldKey}.${String(o.value)}`] : []),
        `value.${String(o.value)}`,
      ] as MessageKey[]) {
        const named = t(key);
        if (named !== key) return { value: o.value, label: named };
      }
      // An article of a regulation as the value (a charge: 6(1), 15p2): named as the article is cited,
      // with what the description says of it where that is more than the citation again.
      const article = articleName(String(o.value), fieldKey, lang);
      if (article) {
        const said = o.label !== String(o.value) && !o.label.includes(article) && !/^指/.test(o.label);
        return { value: o.value, label: said ? `${article} ${o.label}` : article };
      }
      const suffix = `（${String(o.value)}）`;
      return { value: o.value, label: o.label.endsWith(suffix) ? o.label.slice(0, -suffix.length) : o.label };
    });
}

const ZH_NUMBERS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const zhNumber = (n: number) =>
  n <= 10
    ? ZH_NUMBERS[n]!
    : n < 20
      ? `十${ZH_NUMBERS[n - 10]}`
      : `${ZH_NUMBERS[Math.floor(n / 10)]}十${ZH_NUMBERS[n % 10]}`;

const ARTICLE_CODE = /^(\d{1,2})(?:\((\d{1,2})\)|p(\d))?$/;

/** Article codes in the regulation's order (5(1) … 9(1) … 11 … 15p2), other values as they come. */
function byArticle<T extends { value: unknown }>(options: T[], fieldKey: string | undefined): T[] {
  if (fieldKey !== 'violation') return options;
  const key = (o: T) => {
    const m = ARTICLE_CODE.exec(String(o.value));
    return m ? Number(m[1]) * 10_000 + Number(m[3] ?? 0) * 100 + Number(m[2] ?? 0) : Infinity;
  };
  return [...options].sort((a, b) => key(a) - key(b));
}

/**
 * A charge's article code ('6(1)', '11', '15p2') cited the regulation's way: 第六条第（一）项 / §6(1),
 * 第十五条第二款 / §15 ¶2. Only for the fields that hold one (`violation`); null for anything else.
 */
export function articleName(code: string, fieldKey: string | undefined, lang: string): string | null {
  if (fieldKey !== 'violation') return null;
  const m = ARTICLE_CODE.exec(code);
  if (!m) return null;
  const article = Number(m[1]);
  const item = m[2] ? Number(m[2]) : null;
  const paragraph = m[3] ? Number(m[3]) : null;
  if (lang === 'en') return `§${article}${item ? `(${item})` : ''}${paragraph ? ` ¶${paragraph}` : ''}`;
  return `第${zhNumber(article)}条${item ? `第（${zhNumber(item)}）项` : ''}${paragraph ? `第${zhNumber(paragraph)}款` : ''}`;
}

function widgetOf(s: JsonSchema, key: string): string | undefined {
  if (s.widget) return s.widget;
  const integer = s.type === 'integer' || s.type === 'number';
  if (s.type === 'string' && (key === 'occupationCode' || /^\^(\\d|\[1-8\])-\\d\{2\}-/.test(s.pattern ?? '')))
    return 'occupation';
  if (integer && key === 'level' && s.minimum === 1 && s.maximum === 5) return 'level';
  if (s.type === 'string' && key === 'jurisdictionCode') return 'jurisdiction';
  if (s.type === 'string' && key === 'authorityId') return 'authority';
  return undefined;
}

/** Arrays of skill levels (1–5) are picked from the levels' names. */
const isLevels = (s: JsonSchema, item: JsonSchema, key: string) =>
  s.widget === 'levels' ||
  ((item.type === 'integer' || item.type === 'number') &&
    item.minimum === 1 &&
    item.maximum === 5 &&
    /level/i.test(key));

/** Options from an API list (authorities, recruitment calls …): items[].id labelled by a field. */
function RemoteSelect({
  source,
  labelField,
  value,
  onChange,
  id,
  allowClear,
}: {
  source: string;
  labelField: string;
  value?: string;
  onChange?: (v: string | undefined) => void;
  id?: string;
  allowClear?: boolean;
}) {
  const path = fillSource(source, useContext(SourcePlaceholders));
  const { data, loading } = useApi<{ items: Record<string, unknown>[] }>(path);
  return (
    <Select
      id={id}
      // A value given before its options arrive (a form opened from another page) would show as its id.
      value={data ? value : undefined}
      onChange={onChange}
      allowClear={allowClear}
      disabled={path === null}
      loading={loading}
      showSearch={{ optionFilterProp: 'label' }}
      style={{ minWidth: 320, maxWidth: 520 }}
      options={(data?.items ?? []).map((i) => ({
        value: String(i.id),
        label: String(i[labelField] ?? i.id),
      }))}
    />
  );
}

function LevelsSelect({
  value,
  onChange,
  id,
}: {
  value?: number[];
  onChange?: (v: number[]) => void;
  id?: string;
}) {
  const levelName = useLevelName();
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      style={{ minWidth: 320 }}
      options={[5, 4, 3, 2, 1].map((l) => ({ value: l, label: levelName(l) }))}
    />
  );
}

function emptyValue(schema: JsonSchema, root: JsonSchema): unknown {
  const s = resolve(schema, root);
  if (s.type === 'object') return {};
  if (s.type === 'array') return [];
  return undefined;
}

/**
 * An optional group of fields with required fields of its own (其他机关的处理结论, 整改情况, 例外决定 …):
 * left out unless the person turns it on, so that its required fields are asked for only when the group
 * is given at all (drawn always, they made an optional group compulsory).
 */
function OptionalObject({
  schema,
  root,
  name,
  label,
  help,
}: {
  schema: JsonSchema;
  root: JsonSchema;
  name: Name;
  label: string;
  help: string | undefined;
}) {
  const tx = useText();
  const form = Form.useFormInstance();
  // An assessment that starts from what the system knows answers every group (the person may still turn
  // one off); any other form starts with the group left out, unless it holds values already.
  const answered = useContext(AnsweredBooleans);
  const [on, setOn] = useState(() => {
    const v: unknown = form.getFieldValue(name);
    return answered || (!!v && typeof v === 'object' && Object.keys(v).length > 0);
  });
  return (
    <Card
      size="small"
      title={label}
      style={{ marginBottom: 12 }}
      styles={on ? undefined : { body: { paddingBlock: 8 } }}
      extra={
        <Switch
          size="small"
          checked={on}
          checkedChildren={tx('填写', 'Given')}
          unCheckedChildren={tx('不填', 'Not given')}
          aria-label={label}
          data-testid={`optional-${name.join('.')}`}
          onChange={(v) => {
            setOn(v);
            // Turned off: nothing of the group is sent (a form that keeps hidden values would send it).
            if (!v) form.setFieldValue(name, undefined);
          }}
        />
      }
    >
      {help && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: on ? 12 : 0 }}>
          {help}
        </Typography.Paragraph>
      )}
      {on && <Fields schema={schema} root={root} name={name} />}
    </Card>
  );
}

interface FieldProps {
  schema: JsonSchema;
  root: JsonSchema;
  name: Name;
  fieldKey: string;
  required: boolean;
}

function SchemaField({ schema, root, name, fieldKey, required }: FieldProps) {
  const namedOptions = useNamedOptions();
  const tx = useText();
  const s = resolve(schema, root);
  const { label, help: described } = labelAndHelp(s, fieldKey);
  // The help names an enumeration's values by name only (their codes give the options their names),
  // and does not repeat the label.
  const help = helpBeyondLabel(
    withoutCodes(
      described,
      s.enum ??
        (s.type === 'array' && s.items
          ? resolve(s.items, root).enum
          : s.type === 'boolean'
            ? [true, false]
            : undefined),
    ),
    label,
  );
  const rules = required ? [{ required: true, message: tx(`请填写${label}`, `${label} is required`) }] : [];
  const common = { name, label, rules, extra: help };
  const widget = widgetOf(s, fieldKey);

  if (s.type === 'object' && s.properties) {
    // An optional group whose own fields are required is asked for only when turned on; a group of
    // optional fields is drawn as it is.
    return required || !s.required?.length ? (
      <Card size="small" title={label} extra={help} style={{ marginBottom: 12 }}>
        <Fields schema={s} root={root} name={name} />
      </Card>
    ) : (
      <OptionalObject schema={s} root={root} name={name} label={label} help={help} />
    );
  }

  if (s.type === 'array' && s.items) {
    const item = resolve(s.items, root);
    if (isLevels(s, item, fieldKey)) {
      return (
        <Form.Item {...common}>
          <LevelsSelect />
        </Form.Item>
      );
    }
    if (item.enum) {
      return (
        <Form.Item {...common}>
          <Select
            mode="multiple"
            allowClear
            // The value names may be given on the items or on the list itself: look in both.
            options={namedOptions(
              item.enum,
              [item.description, s.description].filter(Boolean).join(' / ') || undefined,
              fieldKey,
            )}
          />
        </Form.Item>
      );
    }
    const objectItems = item.type === 'object' && !!item.properties;
    return (
      <Form.Item label={label} required={required} extra={help}>
        <Form.List
          name={name}
          rules={
            s.minItems
              ? [
                  {
                    validator: async (_r, v: unknown[] | undefined) => {
                      if ((v?.length ?? 0) < s.minItems!)
                        throw new Error(tx(`至少填写 ${s.minItems} 项`, `at least ${s.minItems} required`));
                    },
                  },
                ]
              : []
          }
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((f, i) =>
                objectItems ? (
                  <Card
                    key={f.key}
                    size="small"
                    style={{ marginBottom: 8, background: '#fafafa' }}
                    title={`${i + 1}`}
                    extra={
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        onClick={() => remove(f.name)}
                        aria-label={tx('删除', 'Remove')}
                      />
                    }
                  >
                    <Fields schema={item} root={root} name={[f.name]} />
                  </Card>
                ) : (
                  <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                    <ScalarInput
                      schema={item}
                      name={[f.name]}
                      label={labelAndHelp(item, fieldKey).label}
                      fieldKey={fieldKey}
                      required
                    />
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(f.name)}
                      aria-label={tx('删除', 'Remove')}
                    />
                  </Space>
                ),
              )}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(emptyValue(item, root))}>
                {tx(`添加${label}`, `Add`)}
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </Form.Item>
    );
  }

  return (
    <ScalarInput
      schema={s}
      name={name}
      label={label}
      help={help}
      fieldKey={fieldKey}
      required={required}
      widget={widget}
    />
  );
}

/**
 * Whether a choice's help says nothing its options do not: the label and the options' names only
 * ("处理对象：参评人员 / 工作人员"), or an explanation of codes the options no longer show because each
 * option has its name ("如 6(1) 指第六条第（一）项" beside options named 第六条第（一）项).
 */
function needless(
  help: string | undefined,
  label: string,
  options: { value: unknown; label: string }[],
): boolean {
  if (!help) return true;
  const named = options.every((o) => o.label !== String(o.value));
  if (
    named &&
    // Codes that are not words (6(1), 15p2, on_site): a word such as 'other' may be the help's own.
    options.some(
      (o) =>
        /[\d_()]/.test(String(o.value)) &&
        new RegExp(`(^|[^0-9A-Za-z_])${escapeRegExp(String(o.value))}(?![0-9A-Za-z_(])`).test(help),
    )
  )
    return true;
  // Compared without case: the English help names the options in running text ("in person / by post").
  let rest = (help.startsWith(label) ? help.slice(label.length) : help).toLowerCase();
  for (const o of [...options].sort((a, b) => b.label.length - a.label.length))
    rest = rest.split(o.label.toLowerCase()).join(' ');
  return /^[\s:：/／,，;；]*$/.test(rest);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The help under a field without the label it repeats: "经提醒拒不改正（第五条第（一）至（三）项）" under
 * 经提醒拒不改正 reads 第五条第（一）至（三）项; "情节（…）：情节轻微 / 情节严重" reads 情节轻微 / 情节严重.
 */
function helpBeyondLabel(help: string | undefined, label: string): string | undefined {
  if (!help || !help.startsWith(label) || help === label) return help;
  let rest = help.slice(label.length).trim();
  rest = rest.replace(/^[:：;；,，]\s*/, '');
  const wrapped = /^[（(](.*)[）)]$/.exec(rest);
  if (wrapped && !/[（(]/.test(wrapped[1]!.replace(/[（(][^）)]*[）)]/g, ''))) rest = wrapped[1]!;
  return rest || undefined;
}

function ScalarInput({
  schema: s,
  name,
  label,
  help,
  fieldKey,
  required,
  widget = widgetOf(s, fieldKey),
}: {
  schema: JsonSchema;
  name: Name;
  label: string;
  help?: string | undefined;
  fieldKey: string;
  required: boolean;
  widget?: string | undefined;
}) {
  const namedOptions = useNamedOptions();
  const tx = useText();
  const answered = useContext(AnsweredBooleans);
  const rules = required ? [{ required: true, message: tx(`请填写${label}`, `${label} is required`) }] : [];
  const options = s.enum ? namedOptions(s.enum, s.description, fieldKey) : [];
  // A choice's help that only lists its options' names says nothing the options do not: left out.
  const common = { name, label, rules, extra: s.enum && needless(help, label, options) ? undefined : help };

  if (widget === 'occupation')
    return (
      <Form.Item {...common}>
        <OccupationSelect style={{ minWidth: 320 }} />
      </Form.Item>
    );
  if (widget === 'level')
    return (
      <Form.Item {...common}>
        <LevelSelect style={{ minWidth: 200 }} />
      </Form.Item>
    );
  if (widget === 'authority' || (widget === 'remote' && s.source))
    return (
      <Form.Item {...common}>
        <RemoteSelect
          source={widget === 'authority' ? '/authorities?pageSize=100' : s.source!}
          labelField={widget === 'authority' ? 'name' : (s.labelField ?? 'name')}
          allowClear={!required}
        />
      </Form.Item>
    );
  if (widget === 'jurisdiction')
    return (
      <Form.Item {...common}>
        <JurisdictionSelect style={{ minWidth: 240 }} />
      </Form.Item>
    );
  if (s.enum)
    return (
      <Form.Item {...common}>
        <Select allowClear={!required} options={options} style={{ maxWidth: 420 }} />
      </Form.Item>
    );
  if (s.type === 'boolean')
    return required && !answered ? (
      <Form.Item {...common} rules={[]} valuePropName="checked" initialValue={false}>
        <Switch checkedChildren={tx('是', 'Yes')} unCheckedChildren={tx('否', 'No')} />
      </Form.Item>
    ) : required ? (
      // In a form that starts from what the system knows, a required yes/no starts unset (not 否): the
      // starting values fill what is known, the rest must be answered (issue 10 point 7).
      <Form.Item {...common}>
        <Radio.Group
          optionType="button"
          options={[
            { value: true, label: tx('是', 'Yes') },
            { value: false, label: tx('否', 'No') },
          ]}
        />
      </Form.Item>
    ) : (
      // An optional yes/no left blank is not sent: "not stated" is not "no".
      <Form.Item {...common}>
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={tx('不填', 'Not stated')}
          options={[
            { value: true, label: tx('是', 'Yes') },
            { value: false, label: tx('否', 'No') },
          ]}
        />
      </Form.Item>
    );
  if (s.type === 'integer' || s.type === 'number')
    return (
      // No min/max/precision on the input: it would clamp −5 to 0 or round 2.5 silently; the rule
      // refuses it with a message instead (issue 10 point 4).
      <Form.Item
        {...common}
        rules={[...rules, numberRule(tx, { min: s.minimum, max: s.maximum, integer: s.type === 'integer' })]}
      >
        <InputNumber style={{ width: 200 }} />
      </Form.Item>
    );
  if (s.type === 'string' && s.format === 'date')
    return (
      <Form.Item
        {...common}
        getValueProps={(v: unknown) => ({ value: typeof v === 'string' && v ? dayjs(v) : null })}
        normalize={(d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined)}
      >
        <DatePicker />
      </Form.Item>
    );
  const long = widget === 'textarea' || (s.maxLength ?? 0) > 200;
  return (
    <Form.Item {...common}>
      {long ? <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} /> : <Input style={{ maxWidth: 420 }} />}
    </Form.Item>
  );
}

/**
 * A schema in the reader's language: in English each description is replaced by its English twin
 * (the server's `description_en`), so that labels, help and the options' names are all English.
 */
function inLanguage(node: JsonSchema, lang: string): JsonSchema {
  if (lang !== 'en') return node;
  const walk = (n: unknown): unknown => {
    if (Array.isArray(n)) return n.map(walk);
    if (!n || typeof n !== 'object') return n;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(n)) out[k] = walk(v);
    if (typeof out.description_en === 'string') out.description = out.description_en;
    return out;
  };
  return walk(node) as JsonSchema;
}

/** The fields of an object schema (a form, or a part of one), in the reader's language. */
export function ObjectFields({ schema, root, name }: { schema: JsonSchema; root: JsonSchema; name: Name }) {
  const { lang } = useI18n();
  const [s, r] = useMemo(() => [inLanguage(schema, lang), inLanguage(root, lang)], [schema, root, lang]);
  return <Fields schema={s} root={r} name={name} />;
}

function Fields({ schema, root, name }: { schema: JsonSchema; root: JsonSchema; name: Name }) {
  const s = resolve(schema, root);
  const required = new Set(s.required ?? []);
  return (
    <>
      {Object.entries(s.properties ?? {}).map(([key, prop]) => (
        <SchemaField
          key={key}
          schema={prop}
          root={root}
          name={[...name, key]}
          fieldKey={key}
          required={required.has(key)}
        />
      ))}
    </>
  );
}

/** The fields of a whole form (a top-level object schema). */
export function SchemaFields({ schema }: { schema: JsonSchema }) {
  return <ObjectFields schema={schema} root={schema} name={[]} />;
}

/** Whether the schema has any field to fill. */
export function hasFields(schema: JsonSchema | null | undefined): schema is JsonSchema {
  if (!schema) return false;
  const s = resolve(schema, schema);
  return s.type === 'object' && !!s.properties && Object.keys(s.properties).length > 0;
}

/** Drops undefined and empty strings (optional fields left blank are not sent), recursively. */
export function cleanValues(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(cleanValues);
  if (v && typeof v === 'object' && !dayjs.isDayjs(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined || x === '' || x === null) continue;
      out[k] = cleanValues(x);
    }
    return out;
  }
  return v;
}
