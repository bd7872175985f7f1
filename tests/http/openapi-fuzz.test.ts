// Issue 9 point 2 (security.md "Input"): a property-based walk over EVERY operation of the OpenAPI
// document. For each one, fast-check generates path parameters (known ids, random ids, NUL, %ff, 2 KB),
// query strings (the declared parameters with schema-shaped or wild values, unknown keys, raw %00/%ff)
// and JSON bodies (schema-shaped, schema-shaped with one leaf swapped for a wild value — NUL, other C0
// controls, unpaired surrogates, huge numbers — or arbitrary JSON), sent as one of five personas so
// that authenticated routes are reached past their policy. Any 5xx fails, and so does any error answer
// that is not problem+json with a stable code and a Chinese title. Fixed seed; FUZZ_RUNS=50 searches
// longer (the default keeps this file under a minute).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { loadConfig } from '../../src/config.js';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { createSession } from '../../src/persistence/sessions.repository.js';
import { findControlCharacter } from '../../src/http/schemas/control-characters.js';
import { openTestDatabase } from '../support/test-database.js';
import { TEST_DATA_KEY } from '../support/test-app.js';
import { seedPersonas, type Fixture, type Persona } from '../support/personas.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
const SEED = 20_260_419;
const PERSONAS: Persona[] = ['sysadmin', 'provinceA', 'national', 'institutionX', 'expert', 'anonymous'];

let app: FastifyInstance;
let handle: DatabaseHandle;
let f: Fixture;
let spec: OpenApi;
const sessions = new Map<Persona, { token: string; csrf: string }>();

interface Operation {
  parameters?: { in: string; name: string; schema?: JsonSchema }[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}
type JsonSchema = Record<string, unknown>;

beforeAll(async () => {
  handle = await openTestDatabase();
  f = await seedPersonas(handle.db);
  // The production build (buildApp), with the anonymous budget raised so that the walk reaches
  // validation instead of 429 (the limit has its own test: rate-limit.test.ts).
  app = await buildApp({
    db: handle.db,
    config: { ...loadConfig({}), cookieSecure: false, publicRateLimit: { max: 1_000_000, windowMs: 60_000 } },
    dataKey: TEST_DATA_KEY,
  });
  await app.ready();
  spec = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenApi>();
}, 120_000);
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

async function session(persona: Persona, fresh: boolean) {
  const known = sessions.get(persona);
  if (known && !fresh) return known;
  const s = await createSession(handle.db, {
    userId: f.userIds[persona as Exclude<Persona, 'anonymous'>],
    absoluteExpiresAt: new Date(Date.now() + 3_600_000),
  });
  const out = { token: s.token, csrf: s.csrfToken };
  if (!fresh) sessions.set(persona, out);
  return out;
}

// ---- values ---------------------------------------------------------------------------------------

const WILD_STRINGS = [
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m',
  '\u007f',
  '\ud800',
  '\udfff x',
  '\t',
  'line\nbreak',
  '１２３',
  '',
  ' ',
  '%00',
  '%ff',
  "'; drop table institutions; --",
  '<script>alert(1)</script>',
  '0'.repeat(5000),
  '9'.repeat(40),
  '../../etc/passwd',
];
const wildString = fc.oneof(fc.constantFrom(...WILD_STRINGS), fc.string({ unit: 'binary', maxLength: 40 }));
const wild: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: wildString },
  fc.constantFrom(-1, 0, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 2 ** 31, 0.5, true, null, [], {}),
  fc.jsonValue({ maxDepth: 2 }),
);

const ids = () => [
  f.institutions.x,
  f.institutions.y,
  f.institutions.z,
  f.branches.x,
  f.staff.x,
  f.sites.x,
  f.scopes.x,
  f.experts.self,
  f.experts.zhejiang,
  f.pools.guizhou,
  f.standard,
  f.authorities.guizhou,
];
const idArb = () => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ids()) }, fc.uuid());

/** A value shaped by a JSON schema (as @fastify/swagger renders the zod schemas), to depth 4. */
function fromSchema(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return wild;
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop()!;
    return fromSchema(spec.components?.schemas?.[name], depth + 1);
  }
  if (Array.isArray(schema.enum) && schema.enum.length) return fc.constantFrom(...schema.enum);
  if ('const' in schema) return fc.constant(schema.const);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const alts = schema[key];
    if (Array.isArray(alts) && alts.length)
      return fc.oneof(...alts.map((s) => fromSchema(s as JsonSchema, depth + 1)));
  }
  if (Array.isArray(schema.allOf) && schema.allOf.length)
    return fromSchema(schema.allOf[0] as JsonSchema, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringFromSchema(schema);
    case 'integer':
      return fc.integer({
        min: typeof schema.minimum === 'number' ? Math.max(schema.minimum, -1e6) : -10,
        max: typeof schema.maximum === 'number' ? Math.min(schema.maximum, 1e6) : 1000,
      });
    case 'number':
      return fc.double({ min: -10, max: 1e4, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(fromSchema(schema.items as JsonSchema, depth + 1), {
        minLength: typeof schema.minItems === 'number' ? Math.min(schema.minItems, 3) : 0,
        maxLength: 3,
      });
    case 'object': {
      const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = (schema.required ?? []) as string[];
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, s] of Object.entries(props)) model[k] = fromSchema(s, depth + 1);
      return fc.record(model, { requiredKeys: required.filter((k) => k in props) });
    }
    default:
      return wild;
  }
}

function stringFromSchema(schema: JsonSchema): fc.Arbitrary<unknown> {
  const format = schema.format;
  if (format === 'uuid') return idArb();
  if (format === 'date')
    return fc
      .date({ min: new Date('2015-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  if (format === 'date-time')
    return fc
      .date({ min: new Date('2015-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString());
  if (typeof schema.pattern === 'string') {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).map((s) => s.slice(0, 200));
    } catch {
      // a pattern fast-check cannot generate from: fall through
    }
  }
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = Math.max(min, Math.min(typeof schema.maxLength === 'number' ? schema.maxLength : 40, 60));
  return fc.string({ minLength: min, maxLength: max });
}

/** Replaces the n-th leaf of a generated value (or the value itself) by a wild one. */
function swapLeaf(value: unknown, n: number, replacement: unknown): unknown {
  const leaves: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (v && typeof v === 'object') {
      const entries = Array.isArray(v) ? v.map((x, i) => [i, x] as const) : Object.entries(v);
      if (entries.length === 0) leaves.push(path);
      for (const [k, x] of entries) walk(x, [...path, k]);
    } else leaves.push(path);
  };
  walk(value, []);
  const path = leaves[n % leaves.length]!;
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  at[path[path.length - 1]!] = replacement;
  return copy;
}

function bodyArb(op: Operation): fc.Arbitrary<unknown> {
  const schema = op.requestBody?.content['application/json']?.schema;
  const shaped = fromSchema(schema);
  return fc.oneof(
    { weight: 3, arbitrary: shaped },
    {
      weight: 4,
      arbitrary: fc.tuple(shaped, fc.nat(), wild).map(([v, n, replacement]) => swapLeaf(v, n, replacement)),
    },
    { weight: 1, arbitrary: wild },
  );
}

const PARAM_VALUES: Record<string, string[]> = {
  code: ['4-04-05-01', '6-18-01-01', '9-99-99-99'],
  year: ['2026', '2025', '1900', '99999'],
  procedure: ['social-org-filing', 'employer-filing', 'gz-selection', '1x-selection', 'dept-pilot'],
  name: ['social-org-filing/conditions', 'gz-selection/site', 'unknown'],
  event: ['submit', 'accept', 'withdraw', 'return_for_correction', 'decide', 'nonsense'],
};

/** Percent-encodes every UTF-8 byte (an unpaired surrogate goes out as U+FFFD, as a browser sends it). */
const pct = (v: unknown) =>
  [...Buffer.from(String(v), 'utf8')]
    .map((b) =>
      /[\w.~-]/.test(String.fromCharCode(b)) && b < 128
        ? String.fromCharCode(b)
        : `%${b.toString(16).padStart(2, '0')}`,
    )
    .join('');

/** A path parameter as it goes into the URL: mostly well formed, sometimes raw trouble. */
function paramArb(name: string): fc.Arbitrary<string> {
  const known = PARAM_VALUES[name];
  const sensible = known ? fc.constantFrom(...known) : idArb().map((v) => String(v));
  return fc.oneof(
    { weight: 5, arbitrary: sensible },
    { weight: 2, arbitrary: wildString.map((s) => pct(s)) },
    { weight: 1, arbitrary: fc.constantFrom('%00', '%ff', '%', 'a'.repeat(2048), '%2e%2e%2f', '%0a') },
  );
}

/** The declared query parameters, each present or not, with schema-shaped, wild or raw values. */
function queryArb(op: Operation): fc.Arbitrary<[string, string][]> {
  const declared = (op.parameters ?? []).filter((p) => p.in === 'query');
  const entry = (p: { name: string; schema?: JsonSchema }) =>
    fc
      .oneof(
        { weight: 3, arbitrary: fromSchema(p.schema).map((v) => pct(v)) },
        { weight: 2, arbitrary: wildString.map((s) => pct(s)) },
        { weight: 1, arbitrary: fc.constantFrom('%00', '%ff', '%', '', '%0d%0a') },
      )
      .map((v): [string, string] => [p.name, v]);
  const entries = declared.map((p) => fc.option(entry(p), { nil: undefined }));
  const extra = fc.option(
    fc.constantFrom<[string, string]>(['extra', '1'], ['q', '%00'], ['%ff', '1'], ['a[b]', 'c']),
    { nil: undefined },
  );
  return fc
    .tuple(fc.tuple(...entries), extra)
    .map(([parts, more]) => [...parts, more].filter((x): x is [string, string] => x !== undefined));
}

/** What the poison goes into: a path parameter, a declared query parameter, a body member or the body. */
type Slot =
  { kind: 'param'; index: number } | { kind: 'query'; name: string } | { kind: 'body'; key: string | null };

/** Control characters and what becomes of unpaired surrogates: the values the edge must refuse. */
const POISON = ['\u0000', 'ok\u0000', '\u0001', '\u001b[2J', '\u007f', '\u0008'];

function slotsOf(method: string, op: Operation, params: number): Slot[] {
  const slots: Slot[] = Array.from({ length: params }, (_, index) => ({ kind: 'param', index }));
  for (const p of op.parameters ?? []) if (p.in === 'query') slots.push({ kind: 'query', name: p.name });
  if (method !== 'GET' && method !== 'DELETE') {
    let schema = op.requestBody?.content['application/json']?.schema;
    if (typeof schema?.$ref === 'string') schema = spec.components?.schemas?.[schema.$ref.split('/').pop()!];
    const keys = Object.keys((schema?.properties ?? {}) as object);
    slots.push(
      ...(keys.length
        ? keys.map((key) => ({ kind: 'body' as const, key }))
        : [{ kind: 'body' as const, key: null }]),
    );
  }
  return slots;
}

interface Generated {
  persona: Persona;
  params: string[];
  query: [string, string][];
  body: unknown;
}

function place(req: Generated, slot: Slot, value: string): Generated {
  switch (slot.kind) {
    case 'param':
      return { ...req, params: req.params.map((p, i) => (i === slot.index ? pct(value) : p)) };
    case 'query':
      return { ...req, query: [...req.query.filter(([n]) => n !== slot.name), [slot.name, pct(value)]] };
    case 'body': {
      if (slot.key === null) return { ...req, body: value };
      const base = req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? req.body : {};
      return { ...req, body: { ...base, [slot.key]: value } };
    }
  }
}

// ---- the walk ------------------------------------------------------------------------------------

const CJK = /[\u4e00-\u9fff]/;

/** Why an answer breaks the contract, or null when it keeps it. */
function contractBreach(res: LightMyRequestResponse): string | null {
  if (res.statusCode >= 500) return `status ${res.statusCode}`;
  if (res.statusCode < 400) return null;
  const type = String(res.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json')) return `error answered as ${type || 'no type'}`;
  let body: { status?: unknown; code?: unknown; title?: unknown };
  try {
    body = res.json();
  } catch {
    return 'problem body is not JSON';
  }
  if (typeof body.code !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(body.code)) return 'no stable code';
  if (body.status !== res.statusCode) return `status member ${String(body.status)} ≠ ${res.statusCode}`;
  if (typeof body.title !== 'string' || !CJK.test(body.title)) return 'title not in Chinese';
  if (/\bat .*\.(ts|js):\d+/.test(res.body)) return 'stack trace in the body';
  return null;
}

async function send(method: string, path: string, persona: Persona, body: unknown) {
  const headers: Record<string, string> = {};
  if (persona !== 'anonymous') {
    // Session-ending routes (logout, password change) get a throwaway session.
    const s = await session(persona, path.startsWith('/api/v1/auth/'));
    headers.cookie = `sid=${s.token}`;
    if (method !== 'GET') headers['x-csrf-token'] = s.csrf;
  }
  const withBody = method !== 'GET' && method !== 'DELETE' && body !== undefined;
  return app.inject({
    method: method as 'GET',
    url: path,
    headers: withBody ? { ...headers, 'content-type': 'application/json' } : headers,
    ...(withBody ? { payload: JSON.stringify(body) } : {}),
  });
}

describe('every operation of the OpenAPI document, on generated input', () => {
  it('answers no 5xx, and every error as problem+json with a stable code and a Chinese title', async () => {
    const operations = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
    );
    expect(operations.length).toBeGreaterThan(50);
    const failures: string[] = [];
    let requests = 0;
    for (const [i, { path, method, op }] of operations.entries()) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const slots = slotsOf(method, op, names.length);
      const shaped: fc.Arbitrary<Generated> = fc.record({
        persona: fc.constantFrom(...PERSONAS),
        params: fc.tuple(...names.map(paramArb)),
        query: queryArb(op),
        body: method === 'GET' || method === 'DELETE' ? fc.constant(undefined) : bodyArb(op),
      });
      const attempt = async (req: Generated) => {
        let url = path;
        names.forEach((n, k) => (url = url.replace(`{${n}}`, req.params[k]!)));
        if (req.query.length) url += `?${req.query.map(([k, v]) => `${k}=${v}`).join('&')}`;
        requests++;
        const res = await send(method, url, req.persona, req.body);
        const breach = contractBreach(res);
        if (breach)
          throw new Error(
            `${breach}: ${method} ${url.slice(0, 300)} as ${req.persona}` +
              `${req.body === undefined ? '' : ` with ${JSON.stringify(req.body).slice(0, 200)}`} → ${res.body.slice(0, 300)}`,
          );
      };
      // 1. Every slot of the operation gets NUL once, the rest of the request well formed (a signed-in
      //    administrator, so that routes read past their policy), and must be refused as problem+json.
      const [base] = fc.sample(
        shaped.map((r) => ({ ...r, persona: 'sysadmin' as Persona })),
        { seed: SEED + i, numRuns: 1 },
      );
      for (const slot of slots) {
        try {
          await attempt(place(base!, slot, 'a\u0000b'));
        } catch (err) {
          failures.push(`${method} ${path} [NUL in ${JSON.stringify(slot)}]: ${String(err).slice(0, 600)}`);
        }
      }
      // 2. Random requests, half of them with a control character in a random slot.
      const poisoned = slots.length
        ? fc
            .record({ req: shaped, at: fc.nat(), value: fc.constantFrom(...POISON) })
            .map(({ req, at, value }) => place(req, slots[at % slots.length]!, value))
        : shaped;
      const result = await fc.check(fc.asyncProperty(fc.oneof(shaped, poisoned), attempt), {
        numRuns: RUNS,
        seed: SEED + i,
        endOnFailure: true,
      });
      if (result.failed) failures.push(`${method} ${path}: ${String(result.errorInstance).slice(0, 600)}`);
    }
    expect(requests).toBeGreaterThanOrEqual(operations.length * RUNS);
    expect(failures).toEqual([]);
  }, 300_000);
});

describe('the cases the attack found, one by one', () => {
  const problem = (res: LightMyRequestResponse, status: number, code: string) => {
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status, code });
    expect(contractBreach(res)).toBeNull();
  };

  it('NUL in a query string of a public list: 400, not 500 (directory, public notices)', async () => {
    for (const url of [
      '/api/v1/directory?procedure=%00',
      '/api/v1/public-notices?procedure=%00',
      '/api/v1/directory?q=a%00b',
    ]) {
      const res = await send('GET', url, 'anonymous', undefined);
      problem(res, 400, 'VALIDATION_FAILED');
      expect(res.json<{ errors: { path: string }[] }>().errors[0]!.path).toMatch(/^query\./);
    }
  });

  it('NUL or another C0 control in any JSON string: 400 naming the field; tab and newline stay allowed in free text', async () => {
    const body = { title: '招募公告', description: '说明\u0000' };
    const res = await send('POST', '/api/v1/recruitment-calls', 'sysadmin', body);
    problem(res, 400, 'VALIDATION_FAILED');
    expect(res.json<{ errors: { path: string }[] }>().errors).toEqual([
      expect.objectContaining({ path: 'body.description' }),
    ]);
    const nested = await send('POST', '/api/v1/rules/evaluate', 'anonymous', {
      facts: { a: ['ok', 'x\u001b'] },
    });
    problem(nested, 400, 'VALIDATION_FAILED');
    const key = await send('POST', '/api/v1/rules/evaluate', 'anonymous', { facts: { 'k\u0000': 1 } });
    problem(key, 400, 'VALIDATION_FAILED');
    // A tab or a line break in a body's free text is text, not an attack; in a query or a path, not.
    expect(findControlCharacter({ text: ['第一行\n第二行\t完'] }, 'text')).toBeNull();
    expect(findControlCharacter({ q: 'a\tb' }, 'line')).toEqual(['q']);
    expect(findControlCharacter({ a: { b: [1, 'ok', '\ud800'] } }, 'text')).toEqual(['a', 'b', '2']);
  });

  it("the router's own errors: %ff in a path → 400 BAD_URL, a 2 KB path parameter → 414 URI_TOO_LONG, with the security headers", async () => {
    for (const [url, status, code] of [
      ['/api/v1/%ff', 400, 'BAD_URL'],
      ['/api/v1/public-notices/%ff', 400, 'BAD_URL'],
      [`/api/v1/public-notices/${'a'.repeat(2048)}`, 414, 'URI_TOO_LONG'],
      [`/api/v1/institutions/${'b'.repeat(2048)}/branches`, 414, 'URI_TOO_LONG'],
    ] as const) {
      const res = await send('GET', url, 'anonymous', undefined);
      problem(res, status, code);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.json<{ instance: string }>().instance).not.toContain('?');
    }
  });

  it('an error body repeats the path, never the query string (it may carry a searched name or number)', async () => {
    const res = await send(
      'GET',
      '/api/v1/public-notices?status=soon&q=110101199003077777',
      'anonymous',
      undefined,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ instance: '/api/v1/public-notices' });
    expect(res.body).not.toContain('110101199003077777');
  });
});
