// `npm run rules -- evaluate <file.json>`: prints the result and exits 0 pass / 1 fail / 3 needs_judgement / 2 invalid.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRulesCommand } from './rules-command.js';

const dir = mkdtempSync(join(tmpdir(), 'rules-cli-'));
const file = (name: string, content: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
};
async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runRulesCommand(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('rules CLI', () => {
  const ordered = (facts: unknown) => ({ check: 'gz-rules.exit.ordered', asOf: '2026-11-25', facts });
  it('exit 0 on pass, 1 on fail, 3 on needs_judgement, printing the findings with citations', async () => {
    const pass = await run(['evaluate', file('pass.json', ordered({ violationEstablished: false }))]);
    expect(pass.code).toBe(0);
    expect(JSON.parse(pass.out)).toMatchObject({
      outcome: 'pass',
      findings: [{ citationText: 'gz-rules §15', citationZh: '第十五条' }],
    });
    expect(
      (
        await run([
          'evaluate',
          file('fail.json', ordered({ violationEstablished: true, seriousness: 'serious' })),
        ])
      ).code,
    ).toBe(1);
    expect((await run(['evaluate', file('judge.json', ordered({ violationEstablished: true }))])).code).toBe(
      3,
    );
  });
  it('exit 2 on invalid facts (with the Chinese detail), an unreadable file, or bad usage', async () => {
    const bad = await run(['evaluate', file('bad.json', ordered({ violationEstablished: 'yes' }))]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('RULES_FACTS_INVALID');
    expect((await run(['evaluate', file('broken.json', '{')])).code).toBe(2);
    expect((await run(['evaluate', join(dir, 'missing.json')])).code).toBe(2);
    expect((await run(['evaluate', file('extra.json', { ...ordered({}), more: 1 })])).code).toBe(2);
    expect((await run([])).code).toBe(2);
  });
  it('lists checks and prints the catalogue', async () => {
    const list = await run(['list']);
    expect(list.code).toBe(0);
    expect(list.out).toContain('gz-rules.selection.social_org');
    const cat = await run(['catalogue']);
    expect(JSON.parse(cat.out).regimes).toHaveLength(6);
  });
});
