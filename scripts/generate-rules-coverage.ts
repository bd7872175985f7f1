// Writes docs/rules-coverage.md from the rule catalogue (`npm run rules:coverage`).
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { allRegimes } from '../src/rules/catalogue.js';
import { coverageMarkdown } from '../src/rules/coverage-matrix.js';

export const COVERAGE_FILE = fileURLToPath(new URL('../docs/rules-coverage.md', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(COVERAGE_FILE, coverageMarkdown(allRegimes), 'utf8');
  console.log(`wrote ${COVERAGE_FILE}`);
}
