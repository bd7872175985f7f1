// The institution list tells whether the caller may register institutions (abilities.create, the
// 新增机构 button of issue 10 point 7): administrators and territorial authorities yes, institutions and
// experts no — and the answer agrees with what POST /institutions then does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../support/test-app.js';
import {
  loginPersonas,
  makeUscc,
  seedPersonas,
  type Client,
  type Fixture,
  type Persona,
} from '../support/personas.js';

let t: TestApp;
let f: Fixture;
let as: Record<Persona, Client>;

beforeAll(async () => {
  t = await openTestApp();
  f = await seedPersonas(t.handle.db);
  as = await loginPersonas(t.app, f);
});
afterAll(async () => t?.close());

describe('GET /api/v1/institutions abilities.create', () => {
  it.each([
    ['sysadmin', true],
    ['national', true],
    ['provinceA', true],
    ['provinceB', true],
    ['institutionX', false],
    ['expert', false],
  ] as const)('%s → %s, and POST agrees', async (persona, expected) => {
    const list = await as[persona].inject('GET', '/api/v1/institutions');
    expect(list.statusCode).toBe(200);
    expect(list.json<{ abilities: { create: boolean } }>().abilities).toEqual({ create: expected });
    const jurisdictionCode = persona === 'provinceB' ? '330100' : '520100';
    const created = await as[persona].inject('POST', '/api/v1/institutions', {
      name: `能力测试机构-${persona}`,
      kind: 'social_org',
      uscc: makeUscc(jurisdictionCode),
      legalRepresentative: '张三',
      address: '测试路 1 号',
      jurisdictionCode,
    });
    expect(created.statusCode, created.body).toBe(expected ? 201 : 403);
  });
});
