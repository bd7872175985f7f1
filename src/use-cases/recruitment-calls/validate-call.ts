// The checks of a call's own content (not of the law): a window that ends no earlier than it opens,
// and fields named once each. A call without fields cannot be published (§12 分领域招募).
import { invalid, type FieldProblem } from '../../domain/errors.js';
import type { CallField } from '../../persistence/recruitment-calls.repository.js';

export function checkWindow(openOn: string, closeOn: string): void {
  if (closeOn < openOn)
    throw invalid('CALL_WINDOW_INVALID', `申报截止日（${closeOn}）早于申报开始日（${openOn}）`, [
      { path: 'body.closeOn', message: '截止日不得早于开始日' },
    ]);
}

export function checkFields(fields: readonly CallField[]): void {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  fields.forEach((f, i) => {
    if (seen.has(f.name)) problems.push({ path: `body.fields.${i}.name`, message: `领域“${f.name}”重复` });
    seen.add(f.name);
  });
  if (problems.length > 0) throw invalid('CALL_FIELDS_INVALID', '招募领域重复', problems);
}
