// A form drawn from a JSON schema (the server's zod schema of a procedure's application form or of an
// event's payload): strings (a date → DatePicker, an enum → Select), numbers, booleans, nested objects
// and arrays of strings or objects (Form.List), each labelled with the schema's description (Chinese,
// or its English twin in English).
// Fields a procedure marks with a widget (or names occupationCode / level / jurisdictionCode) use the
// registry's pickers. The server validates everything either way; its field problems are marked here.
import { Button, Card, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Switch } from 'antd';
import { createContext, useContext, useMemo } from 'react';
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

type Name = (string | number)[];

/** The widget a field asks for: the procedure's explicit hint, else what the field evidently is. */
/**
 * Options of an enumeration by name, never by identifier: the dictionary's label of the value
 * (i18n `value.<id>`, the one catalogue of the API's enumerations), else the name the schema's
 * description gives it (Chinese), else the value itself.
 */
function useNamedOptions() {
  const { t } = useI18n();
  return (values: unknown[], description: string | undefined) =>
    enumOptions(values, description).map((o) => {
      const key = `value.${String(o.value)}` as MessageKey;
      const named = t(key);
      if (named !== key) return { value: o.value, label: named };
      const suffix = `（${String(o.value)}）`;
      return { value: o.value, label: o.label.endsWith(suffix) ? o.label.slice(0, -suffix.length) : o.label };
    });
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
  const { data, loading } = useApi<{ items: Record<string, unknown>[] }>(source);
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      allowClear={allowClear}
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
  // The help names an enumeration's values by name only (their codes give the options their names).
  const help = withoutCodes(
    described,
    s.enum ?? (s.type === 'array' && s.items ? resolve(s.items, root).enum : undefined),
  );
  const rules = required ? [{ required: true, message: tx(`请填写${label}`, `${label} is required`) }] : [];
  const common = { name, label, rules, extra: help };
  const widget = widgetOf(s, fieldKey);

  if (s.type === 'object' && s.properties) {
    return (
      <Card size="small" title={label} extra={help} style={{ marginBottom: 12 }}>
        <Fields schema={s} root={root} name={name} />
      </Card>
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
      fieldKey={fieldKey}
      required={required}
      widget={widget}
    />
  );
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
  const common = { name, label, rules, extra: help };

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
        <Select
          allowClear={!required}
          options={namedOptions(s.enum, s.description)}
          style={{ maxWidth: 420 }}
        />
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
