// A form generated from a check's facts schema (JSON Schema from the server's zod schema), so that a
// person can fill in facts without writing JSON. Labels come from the schema's descriptions in the
// reader's language (the server serves each Chinese description with its English twin, description_en),
// and never show a field's key or an option's code (issue 10 points 2 and 3).
// What the generator does not know how to draw falls back to a small JSON editor for that part; the
// server validates everything either way.
import { Button, Card, DatePicker, Form, Input, InputNumber, Radio, Select, Switch, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { withoutCodes } from '../cases/labels';
import type { JsonSchema } from './types';

type Name = (string | number)[];
const UNSET = '__unset__';

/** Follows a local $ref and unwraps "X or null" to X (with nullable noted). */
export function resolve(schema: JsonSchema, root: JsonSchema): { s: JsonSchema; nullable: boolean } {
  let s = schema;
  let nullable = false;
  for (let i = 0; i < 8; i++) {
    if (s.$ref?.startsWith('#/')) {
      const parts = s.$ref.slice(2).split('/');
      let target: unknown = root;
      for (const p of parts) target = (target as Record<string, unknown> | undefined)?.[p];
      if (!target) break;
      s = { ...(target as JsonSchema), description: s.description ?? (target as JsonSchema).description };
      continue;
    }
    const alts = s.anyOf ?? s.oneOf;
    if (alts) {
      const nonNull = alts.filter((a) => a.type !== 'null');
      if (nonNull.length === 1 && nonNull.length < alts.length) {
        nullable = true;
        s = { ...nonNull[0]!, description: s.description ?? nonNull[0]!.description };
        continue;
      }
    }
    if (Array.isArray(s.type)) {
      const types = s.type.filter((t) => t !== 'null');
      if (types.length === 1 && types.length < s.type.length) {
        nullable = true;
        s = { ...s, type: types[0] };
        continue;
      }
    }
    break;
  }
  return { s, nullable };
}

/**
 * A short label from a long description (the part before its first explanation), and the rest as help
 * text — unless the rest only repeats what the input already shows: the legend of an assessment
 * ("true 符合 / false 不符合 / 不填 = 待认定") or an enum's option names.
 */
export function labelAndHelp(s: JsonSchema, assessment: boolean): { label: string; help?: string } {
  const description = s.description;
  if (!description) return { label: '' };
  // A short description is the label itself; a long one is cut before its first explanation.
  const cut = description.length <= 20 ? -1 : description.search(/[（(：:；;]/);
  const label = cut > 0 ? description.slice(0, cut) : description;
  let rest = description;
  const legend = /\s*[（(][^（()）]*true[^（()）]*false[^（()）]*[）)]/;
  if (assessment) rest = rest.replace(legend, '');
  const enumValues = s.enum ?? (s.items ? s.items.enum : undefined);
  if (enumValues && enumOptions(enumValues, description).every((o) => o.label !== o.value)) rest = label;
  // The help never shows the legend of an assessment (the buttons say it) nor an option's code.
  return rest.trim() === label ? { label } : { label, help: withoutCodes(rest.trim(), enumValues) };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Option labels for an enum, read from the field's description where it names them the catalogue's way
 * ("企业类别：central_soe 中央企业 / large_soe 大型国有企业 / …"); a value it does not name shows as is.
 */
export function enumOptions(values: unknown[], description: string | undefined) {
  return values.map((v) => {
    const value = String(v);
    const m = description
      ? new RegExp(`(?:^|[\\s：:/（(，,])${escapeRegExp(value)}\\s+([^/；;]+)`).exec(description)
      : null;
    const name = m?.[1]?.trim();
    return { value: v as string, label: name ?? value };
  });
}

/** A starting value for a new array element. */
function emptyValue(schema: JsonSchema, root: JsonSchema): unknown {
  const { s } = resolve(schema, root);
  if (s.type === 'object') return {};
  if (s.type === 'array') return [];
  return undefined;
}

/** Edits any JSON value as text; the value is updated whenever the text parses. */
function JsonInput({
  value,
  onChange,
  id,
}: {
  value?: unknown;
  onChange?: (v: unknown) => void;
  id?: string;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(() => (value === undefined ? '' : JSON.stringify(value, null, 2)));
  const [bad, setBad] = useState(false);
  return (
    <>
      <Input.TextArea
        id={id}
        value={text}
        autoSize={{ minRows: 2, maxRows: 12 }}
        style={{ fontFamily: 'monospace', fontSize: 12 }}
        status={bad ? 'error' : undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (!e.target.value.trim()) {
            setBad(false);
            onChange?.(undefined);
            return;
          }
          try {
            onChange?.(JSON.parse(e.target.value));
            setBad(false);
          } catch {
            setBad(true);
          }
        }}
      />
      {bad && <Typography.Text type="danger">{t('rules.badJson')}</Typography.Text>}
    </>
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
  const { t } = useI18n();
  const { s, nullable } = resolve(schema, root);
  const assessment = s.type === 'boolean' && (!required || nullable);
  const { label, help } = labelAndHelp(s, assessment);
  // The key (the facts' JSON name) only on hover, for whoever switches to JSON.
  const labelNode = <span title={fieldKey}>{label}</span>;
  const common = { name, label: labelNode, extra: help, required: required && !nullable };

  if (s.type === 'object' && s.properties) {
    return (
      <Card size="small" title={labelNode} style={{ marginBottom: 12 }} extra={help ? undefined : null}>
        {help && (
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {help}
          </Typography.Paragraph>
        )}
        <ObjectFields schema={s} root={root} name={name} />
      </Card>
    );
  }

  if (s.type === 'array' && s.items) {
    const item = resolve(s.items, root).s;
    if (item.type === 'object' && item.properties) {
      return (
        <Form.Item label={labelNode} extra={help} required={common.required}>
          <Form.List name={name}>
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((f, i) => (
                  <Card
                    key={f.key}
                    size="small"
                    style={{ marginBottom: 8, background: '#fafafa' }}
                    title={`#${i + 1}`}
                    extra={
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        onClick={() => remove(f.name)}
                        aria-label={t('common.remove')}
                      />
                    }
                  >
                    <ObjectFields schema={item} root={root} name={[f.name]} />
                  </Card>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(emptyValue(item, root))}>
                  {t('rules.addItem')}
                </Button>
                <Form.ErrorList errors={errors} />
              </>
            )}
          </Form.List>
        </Form.Item>
      );
    }
    if (item.enum) {
      return (
        <Form.Item {...common}>
          <Select
            mode="multiple"
            allowClear
            options={enumOptions(item.enum, item.description ?? s.description)}
          />
        </Form.Item>
      );
    }
    if (item.type === 'string') {
      return (
        <Form.Item {...common}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', ' ']} />
        </Form.Item>
      );
    }
    return (
      <Form.Item {...common}>
        <JsonInput />
      </Form.Item>
    );
  }

  if (s.const !== undefined) {
    return (
      <Form.Item {...common} initialValue={s.const}>
        <Input disabled />
      </Form.Item>
    );
  }

  if (s.enum) {
    return (
      <Form.Item {...common}>
        <Select
          allowClear={!required || nullable}
          options={enumOptions(s.enum, s.description)}
          popupMatchSelectWidth={false}
          style={{ maxWidth: 480 }}
        />
      </Form.Item>
    );
  }

  if (s.type === 'boolean') {
    if (required && !nullable) {
      return (
        <Form.Item {...common} valuePropName="checked">
          <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
        </Form.Item>
      );
    }
    // Optional booleans are the authority's assessments: met, not met, or not yet assessed.
    return (
      <Form.Item
        {...common}
        getValueProps={(v: unknown) => ({ value: v === undefined || v === null ? UNSET : v })}
        normalize={(v: unknown) => (v === UNSET ? undefined : v)}
      >
        <Radio.Group
          optionType="button"
          size="small"
          options={[
            { value: true, label: t('rules.assessMet') },
            { value: false, label: t('rules.assessNotMet') },
            { value: UNSET, label: t('rules.assessPending') },
          ]}
        />
      </Form.Item>
    );
  }

  if (s.type === 'integer' || s.type === 'number') {
    return (
      <Form.Item {...common}>
        <InputNumber
          min={s.minimum ?? s.exclusiveMinimum}
          max={s.maximum}
          precision={s.type === 'integer' ? 0 : undefined}
          style={{ width: 200 }}
        />
      </Form.Item>
    );
  }

  if (s.type === 'string' && s.format === 'date') {
    return (
      <Form.Item
        {...common}
        getValueProps={(v: unknown) => ({ value: typeof v === 'string' && v ? dayjs(v) : null })}
        normalize={(d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined)}
      >
        <DatePicker />
      </Form.Item>
    );
  }

  if (s.type === 'string') {
    const long = (s.maxLength ?? 0) > 200;
    return (
      <Form.Item {...common}>
        {long ? (
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        ) : (
          <Input style={{ maxWidth: 420 }} />
        )}
      </Form.Item>
    );
  }

  return (
    <Form.Item {...common}>
      <JsonInput />
    </Form.Item>
  );
}

/** A schema in the reader's language: in English each description replaced by its `description_en`. */
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

/** The facts form of a check (its top-level object), in the reader's language. */
export function FactsFields({ schema }: { schema: JsonSchema }) {
  const { lang } = useI18n();
  const s = useMemo(() => inLanguage(schema, lang), [schema, lang]);
  return <ObjectFields schema={s} root={s} name={[]} />;
}

function ObjectFields({ schema, root, name }: { schema: JsonSchema; root: JsonSchema; name: Name }) {
  const { s } = resolve(schema, root);
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

/** Whether the generator can draw this schema as a form at all (a top-level object with properties). */
export function canDrawForm(schema: JsonSchema | undefined): boolean {
  if (!schema) return false;
  const { s } = resolve(schema, schema);
  return s.type === 'object' && !!s.properties && Object.keys(s.properties).length > 0;
}
