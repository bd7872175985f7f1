// The rule catalogue in English (issue 10 point 3): every facts field of every check has its English
// (src/rules/facts-descriptions-en.ts), every regulation its English title and issuer, every procedure
// an article is carried out by and every reason for not encoding one its English
// (src/rules/catalogue-texts-en.ts), every check's date its English — and none of the Chinese shown
// holds a machine term (filingCode, inForceFrom, a check's name).
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/rules/catalogue.js';
import { catalogueView } from '../../src/rules/catalogue-view.js';

const CJK = /[\u3400-\u9fff]/;
const CODE = /\b[a-z]+(?:_[a-z0-9]+)+\b|\b[a-z]+(?:[A-Z][a-z0-9]+)+\b/;
const view = catalogueView(catalogue);

function descriptions(node: unknown, out: { zh: string; en?: string }[] = []) {
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

describe('the rule catalogue in English', () => {
  it.each(view.checks.map((c) => [c.name, c] as const))('%s: every facts field has its English', (_n, c) => {
    const found = descriptions(c.factsSchema);
    expect(found.filter((d) => !d.en).map((d) => d.zh)).toEqual([]);
    expect(found.filter((d) => d.en && CJK.test(d.en)).map((d) => d.en)).toEqual([]);
    if (c.asOf_zh) expect(c.asOf_en, c.asOf_zh).toBeTruthy();
  });

  it('every regulation has its English title and issuer', () => {
    for (const r of view.regimes) {
      expect(r.title_en, r.source).toBeTruthy();
      expect(r.issuedBy_en, r.source).toBeTruthy();
    }
  });

  it('every procedure and every reason for not encoding has its English, and its Chinese no code', () => {
    const missing: string[] = [];
    const coded: string[] = [];
    for (const r of view.regimes)
      for (const a of r.articles) {
        const c = a.coverage;
        if (c.status === 'procedural') {
          if (!c.procedure_en || CJK.test(c.procedure_en)) missing.push(c.workflow);
          if (CODE.test(c.procedure_zh) || c.procedure_zh.includes('/')) coded.push(c.procedure_zh);
        }
        if (c.status === 'not_encoded') {
          if (!c.reason_en || CJK.test(c.reason_en)) missing.push(c.reason);
          if (CODE.test(c.reason_zh)) coded.push(c.reason_zh);
        }
      }
    expect(missing).toEqual([]);
    expect(coded).toEqual([]);
  });

  it('every rule has an English title and every named parameter value an English name', () => {
    expect(view.rules.filter((r) => !r.title_en || CJK.test(r.title_en)).map((r) => r.id)).toEqual([]);
    const unnamed = view.parameters.flatMap((p) =>
      p.versions.flatMap((v) =>
        Array.isArray(v.value)
          ? v.value.filter((x: { name_zh?: string; name_en?: string }) => x?.name_zh && !x.name_en)
          : [],
      ),
    );
    expect(unnamed).toEqual([]);
  });
});
