// Field labels of the forms drawn from JSON schemas (schema-form.tsx). Pure, so it is unit-tested.

/**
 * A short label from a long description (the part before its first explanation) and the rest as
 * help: "受理部门（不填为本机构的监管部门）" → 受理部门, with the parenthesis under the field. A short
 * parenthesis that belongs to the term ("职业（工种）", "截止日（含）") stays in the label, and a
 * separator inside a parenthesis never cuts it (no "职业（工种" with its closing bracket lost).
 */
export function labelAndHelp(
  s: { description?: string; title?: string },
  key: string,
): { label: string; help?: string } {
  const d = (s.description ?? s.title)?.trim();
  if (!d) return { label: key };
  let depth = 0;
  let open = -1;
  for (let i = 0; i < d.length; i++) {
    const ch = d[i]!;
    if (ch === '（' || ch === '(') {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === '）' || ch === ')') {
      depth = Math.max(0, depth - 1);
      // A closing bracket at the very end: an explanation unless it is a short part of the term.
      if (depth === 0 && i === d.length - 1 && open > 0 && i - open - 1 > 3)
        return { label: d.slice(0, open), help: d };
    } else if (depth === 0 && i > 0 && '：:；;，'.includes(ch)) {
      return { label: d.slice(0, i), help: d };
    }
  }
  return { label: d };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A help text without the identifiers of the field's values: the descriptions name an enumeration's
 * values the catalogue's way ("exam_affairs 考务 / personnel 人员"), which gives the options their
 * names; under the field only the names are shown ("考务 / 人员"), never a code (issue 10 point 2).
 */
export function withoutCodes(
  help: string | undefined,
  values: readonly unknown[] | undefined,
): string | undefined {
  if (!help || !values?.length) return help;
  let out = help;
  for (const v of values) {
    const code = String(v);
    // A code followed by its name; a value without a name is left (the option shows it as it is).
    out = out.replace(new RegExp(`(^|[\\s：:/（(，,])${escapeRegExp(code)}\\s+(?=[^\\s/；;])`, 'g'), '$1');
  }
  return out;
}
