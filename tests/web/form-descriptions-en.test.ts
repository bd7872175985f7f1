// Every field of every 申请 form and of every action's form (each event's payload, the case page's
// dialogs) has its English (issue 10 point 3): formSchema serves each Chinese description with its twin
// `description_en` (src/use-cases/cases/form-descriptions-en.ts), which the web form shows in English.
// Fails on a description added without its English, and on English that still holds Chinese.
import { describe, expect, it } from 'vitest';
import { procedures } from '../../src/use-cases/workflow/procedure-registry.js';
import { formSchema } from '../../src/use-cases/cases/case-context.js';
import { labelAndHelp } from '../../web/src/features/cases/labels.js';

const CJK = /[\u3400-\u9fff]/;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The values a description names the catalogue's way ("code name / code name"), as the web form reads them. */
const named = (values: unknown[], description: string) =>
  values
    .map(String)
    .filter((v) => new RegExp(`(?:^|[\\s：:/（(，,])${escapeRegExp(v)}\\s+[^/；;\\s]`).test(description));

/** Enumerations whose Chinese names a value that the English leaves unnamed (the option would show its code). */
function unnamed(node: unknown, out: string[] = []) {
  if (Array.isArray(node)) for (const x of node) unnamed(x, out);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    const items = o.items as { enum?: unknown[] } | undefined;
    const values = (o.enum as unknown[] | undefined) ?? items?.enum;
    if (values && typeof o.description === 'string' && typeof o.description_en === 'string') {
      const en = new Set(named(values, o.description_en));
      const missing = named(values, o.description).filter((v) => !en.has(v));
      if (missing.length) out.push(`${o.description_en}: ${missing.join(', ')}`);
    }
    for (const v of Object.values(o)) unnamed(v, out);
  }
  return out;
}

function descriptions(node: unknown, out: { zh: string; en: string | undefined }[] = []) {
  if (Array.isArray(node)) for (const x of node) descriptions(x, out);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.description === 'string')
      out.push({
        zh: o.description,
        en: typeof o.description_en === 'string' ? o.description_en : undefined,
      });
    for (const v of Object.values(o)) descriptions(v, out);
  }
  return out;
}

/** Labels (the part of a description the form shows as the field's name) that hold an identifier. */
const CODE = /\b[a-z]+(?:_[a-z0-9]+)+\b|\b[a-z]+(?:[A-Z][a-z0-9]+)+\b/;
function codedLabels(found: { zh: string; en: string | undefined }[]): string[] {
  return found
    .flatMap((d) => [d.zh, d.en ?? ''])
    .map((text) => labelAndHelp({ description: text }, '').label)
    .filter((label) => CODE.test(label));
}

describe('the 申请 forms in English', () => {
  it.each(procedures.map((m) => [m.id, m] as const))('%s: every field has its English', (_id, m) => {
    const served = formSchema(m.openSchema);
    const found = descriptions(served);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((d) => d.en === undefined).map((d) => d.zh)).toEqual([]);
    expect(found.filter((d) => d.en !== undefined && CJK.test(d.en)).map((d) => d.en)).toEqual([]);
    expect(unnamed(served)).toEqual([]);
    // Issue 10 point 2: a field's name never shows a code, in either language.
    expect(codedLabels(found)).toEqual([]);
  });
});

describe('the action forms (event payloads) in English', () => {
  const forms = procedures.flatMap((m) =>
    Object.entries(m.eventSchemas).flatMap(([event, schema]) =>
      schema ? [[`${m.id} ${event}`, schema] as const] : [],
    ),
  );
  it('there are action forms to check', () => expect(forms.length).toBeGreaterThan(0));
  it.each(forms)('%s: every field has its English', (_name, schema) => {
    const served = formSchema(schema);
    const found = descriptions(served);
    expect(found.filter((d) => d.en === undefined).map((d) => d.zh)).toEqual([]);
    expect(found.filter((d) => d.en !== undefined && CJK.test(d.en)).map((d) => d.en)).toEqual([]);
    // The options' names come from the description: each value the Chinese names, the English names.
    expect(unnamed(served)).toEqual([]);
    expect(codedLabels(found)).toEqual([]);
  });
});
