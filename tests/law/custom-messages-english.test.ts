// Issue 10 point 3: a refusal in English mode says it in English. Every refinement message of the rules'
// facts schemas (message: '…' in src/rules, and the institutions check's need(…, '…')) has its English
// twin in src/rules/custom-messages-en.ts, and a check's field problem carries it.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CUSTOM_MESSAGES_EN } from '../../src/rules/custom-messages-en.js';
import { evaluateCheck } from '../../src/rules/catalogue.js';
import type { AppError } from '../../src/domain/errors.js';

function refinementMessages(): string[] {
  const files = execSync('git ls-files src/rules', { encoding: 'utf8' })
    .trim()
    .split('\n')
    .filter((f) => f.endsWith('.ts') && !f.includes('.test.'));
  const out = new Set<string>();
  for (const f of files) {
    const t = readFileSync(f, 'utf8');
    for (const m of t.matchAll(/message:\s*'([^']*\p{Script=Han}[^']*)'/gu)) out.add(m[1]!);
    for (const m of t.matchAll(/need\(\s*[^,]+,\s*'[^']*',\s*'([^']*)'/gu)) out.add(m[1]!);
  }
  return [...out];
}

describe('refinement messages of the rules in English', () => {
  it('every one has its twin, and none of the twins has Chinese in it', () => {
    const messages = refinementMessages();
    expect(messages.length).toBeGreaterThan(15);
    expect(messages.filter((m) => !CUSTOM_MESSAGES_EN[m])).toEqual([]);
    for (const en of Object.values(CUSTOM_MESSAGES_EN)) expect(en).not.toMatch(/\p{Script=Han}/u);
  });

  it('a check refused on a refinement names the problem in English too (mohrss-violations §7 without its severity)', () => {
    let err: AppError | undefined;
    try {
      evaluateCheck('mohrss-violations.ban.candidate', '2024-01-01', {
        decisions: [{ article: '7', decidedOn: '2022-03-15' }],
      });
    } catch (e) {
      err = e as AppError;
    }
    expect(err?.errors?.[0]).toMatchObject({
      message: '第七条的处理决定须写明情节',
      message_en: 'A §7 decision states the severity',
    });
  });
});
