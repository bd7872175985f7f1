// Every text a 办事指南 generates has its English twin (issue 10 point 3): procedure and regulation
// titles, steps, actions, documents, time limits and material notes. The provisions' own headings and
// texts are quoted verbatim (label_zh, text_zh) and have none on purpose.
import { describe, expect, it } from 'vitest';
import { procedures } from '../../src/use-cases/workflow/procedure-registry.js';
import { buildGuide } from '../../src/use-cases/guides/build-guide.js';
import { guideSpecOf } from '../../src/use-cases/guides/guide-specs.js';

const CJK = /[\u3400-\u9fff]/;
const guided = procedures.flatMap((m) => {
  const spec = guideSpecOf(m.id);
  return spec ? [[m.id, buildGuide(m, spec, '2026-06-01')] as const] : [];
});

describe('the guides in English', () => {
  it('covers every guided procedure', () => expect(guided.length).toBeGreaterThan(5));

  it.each(guided)('%s: every generated text has English without Chinese', (_id, g) => {
    const english: (string | null)[] = [
      g.title_en,
      g.procedure_en,
      ...g.regimes.map((r) => r.title_en),
      ...[...g.whoMayApply.articles, ...g.authorities].map((a) => a.regimeTitle_en),
      ...g.conditions.flatMap((c) => [
        ...(c.article ? [c.article.regimeTitle_en] : []),
        ...c.conditions.flatMap((x) => [x.title_en, ...x.parameters.map((p) => p.description_en)]),
      ]),
      ...g.materials.flatMap((l) => [
        ...(l.label_zh ? [l.label_en] : []),
        ...l.items.flatMap((i) => [i.title_en, ...(i.note_zh ? [i.note_en] : [])]),
      ]),
      ...g.steps.flatMap((s) => [
        s.label_en,
        ...s.actions.flatMap((a) => [a.description_en, a.toLabel_en, ...a.documents.map((d) => d.title_en)]),
      ]),
      ...g.outcomes.map((o) => o.label_en),
      ...g.timeLimits.map((t) => t.label_en),
    ];
    expect(english.filter((e) => !e || CJK.test(e))).toEqual([]);
  });
});
