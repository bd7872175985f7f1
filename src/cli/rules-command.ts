// `npm run rules -- <command>`: evaluate a check from a JSON file, list the checks, print the catalogue.
// No database: the built-in working-day calendar is used. Exit codes: 0 pass, 1 fail, 3 needs_judgement,
// 2 usage or invalid input.
import { readFile } from 'node:fs/promises';
import { AppError } from '../domain/errors.js';
import { allChecks, evaluateCheck } from '../rules/catalogue.js';
import { catalogueView, evaluationView } from '../rules/catalogue-view.js';

const USAGE = `用法 / usage:
  npm run rules -- evaluate <file.json>   file = { "check": "...", "asOf": "YYYY-MM-DD", "facts": { ... } }
  npm run rules -- list                   list the checks
  npm run rules -- catalogue              print the whole catalogue (articles, rules, parameters, checks) as JSON
exit codes: 0 pass, 1 fail, 3 needs_judgement, 2 usage or invalid input`;

const EXIT = { pass: 0, fail: 1, needs_judgement: 3 } as const;

export interface RulesCommandIo {
  out(text: string): void;
  err(text: string): void;
}

const consoleIo: RulesCommandIo = { out: (t) => console.log(t), err: (t) => console.error(t) };

async function evaluateFile(file: string, io: RulesCommandIo): Promise<number> {
  let input: unknown;
  try {
    input = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    io.err(`无法读取或解析 ${file}：${(err as Error).message}`);
    return 2;
  }
  const body = input as { check?: unknown; asOf?: unknown; facts?: unknown };
  if (
    typeof input !== 'object' ||
    input === null ||
    typeof body.check !== 'string' ||
    typeof body.asOf !== 'string'
  ) {
    io.err('文件须为 { "check": string, "asOf": "YYYY-MM-DD", "facts": object }');
    return 2;
  }
  const extra = Object.keys(input).filter((k) => !['check', 'asOf', 'facts'].includes(k));
  if (extra.length > 0) {
    io.err(`不允许的字段：${extra.join('、')}`);
    return 2;
  }
  try {
    const result = evaluateCheck(body.check, body.asOf, body.facts);
    io.out(JSON.stringify(evaluationView(result), null, 2));
    return EXIT[result.outcome];
  } catch (err) {
    if (err instanceof AppError) {
      io.err(
        JSON.stringify(
          { code: err.code, title: err.title, detail: err.detail, errors: err.errors ?? [] },
          null,
          2,
        ),
      );
      return 2;
    }
    throw err;
  }
}

export async function runRulesCommand(args: string[], io: RulesCommandIo = consoleIo): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'evaluate':
      if (rest.length !== 1 || !rest[0]) break;
      return evaluateFile(rest[0], io);
    case 'list':
      for (const c of allChecks) io.out(`${c.name}\t${c.title_zh}`);
      return 0;
    case 'catalogue':
      io.out(JSON.stringify(catalogueView(), null, 2));
      return 0;
  }
  io.err(USAGE);
  return 2;
}
