// Every field of every 申请 form has its English (issue 10 point 3): formSchema serves each Chinese
// description with its twin `description_en` (src/use-cases/cases/form-descriptions-en.ts), which the
// web form shows in English. Fails on a description added without its English, and on English that
// still holds Chinese.
import { describe, expect, it } from 'vitest';
import { procedures } from '../../src/use-cases/workflow/procedure-registry.js';
import { formSchema } from '../../src/use-cases/cases/case-context.js';

const CJK = /[\u3400-\u9fff]/;

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

describe('the 申请 forms in English', () => {
  it.each(procedures.map((m) => [m.id, m] as const))('%s: every field has its English', (_id, m) => {
    const found = descriptions(formSchema(m.openSchema));
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((d) => d.en === undefined).map((d) => d.zh)).toEqual([]);
    expect(found.filter((d) => d.en !== undefined && CJK.test(d.en)).map((d) => d.en)).toEqual([]);
  });
});
