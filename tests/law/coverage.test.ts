// Silence is never allowed (style.md): every article, item and numbered point of the five texts is in the
// coverage matrix, and docs/rules-coverage.md is what the generator writes today.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../src/domain/citation.js';
import { allRegimes } from '../../src/rules/catalogue.js';
import { coverageMarkdown } from '../../src/rules/coverage-matrix.js';
import { expectedCitations, missingCitations } from '../../src/rules/seed-articles.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEEDS = `${ROOT}../shared/seeds/`;
const MATRIX = `${ROOT}docs/rules-coverage.md`;

describe('coverage matrix: every article and item of the seed texts is listed', () => {
  for (const regime of allRegimes) {
    const seed = `${SEEDS}${regime.seedFile}`;
    it.runIf(existsSync(seed))(
      `${regime.source}: every article/item numbered in ${regime.seedFile} has an ArticleText entry`,
      () => {
        const expected = expectedCitations(regime.source, readFileSync(seed, 'utf8'));
        expect(expected.length).toBeGreaterThan(0);
        const missing = missingCitations(
          expected,
          regime.articles.map((a) => a.citation),
        ).map(formatCitation);
        expect(missing).toEqual([]);
      },
    );
  }
});

describe('coverage matrix: docs/rules-coverage.md', () => {
  const generated = coverageMarkdown(allRegimes);
  it('lists every committed article entry of every regime with its status', () => {
    for (const regime of allRegimes)
      for (const a of regime.articles)
        expect(generated).toContain(`| ${formatCitation(a.citation).replace(/\|/g, '\\|')} |`);
  });
  it('is up to date with the generator (run `npm run rules:coverage`)', () => {
    expect(existsSync(MATRIX)).toBe(true);
    expect(readFileSync(MATRIX, 'utf8')).toBe(generated);
  });
});
