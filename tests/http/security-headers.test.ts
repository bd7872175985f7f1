// Issue 9 point 4 and issue 10 point 9: the headers of every answer — a strict CSP (the browser side is
// checked by the e2e specs: no CSP violation in the console), frame-ancestors 'none', HSTS when on TLS,
// Permissions-Policy, no-store on API answers — and the web app served compressed, its hashed assets
// cached for a year as immutable and index.html revalidated.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { registerWebApp } from '../../src/http/web-app.js';
import { loadConfig } from '../../src/config.js';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { openTestDatabase } from '../support/test-database.js';
import { TEST_DATA_KEY } from '../support/test-app.js';
import { loginPersonas, seedPersonas, type Client } from '../support/personas.js';

let handle: DatabaseHandle;
let app: FastifyInstance;
let staff: Client;
let root: string;
const script = `console.log(${JSON.stringify('技能人才评价'.repeat(400))});\n`;

async function appWith(env: NodeJS.ProcessEnv): Promise<FastifyInstance> {
  const a = await buildApp({
    db: handle.db,
    config: { ...loadConfig(env), cookieSecure: env.COOKIE_SECURE !== 'false' },
    dataKey: TEST_DATA_KEY,
  });
  await registerWebApp(a, root);
  await a.ready();
  return a;
}

beforeAll(async () => {
  // A built web app as Vite lays it out: index.html and hashed files under assets/.
  root = mkdtempSync(join(tmpdir(), 'skillreg-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/index-AbC123.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(root, 'assets', 'index-AbC123.js'), script);
  handle = await openTestDatabase();
  const f = await seedPersonas(handle.db);
  app = await appWith({ COOKIE_SECURE: 'false' });
  staff = (await loginPersonas(app, f)).provinceA;
}, 120_000);
afterAll(async () => {
  await app?.close();
  await handle?.close();
  rmSync(root, { recursive: true, force: true });
});

function csp(res: LightMyRequestResponse): Map<string, string[]> {
  const header = String(res.headers['content-security-policy'] ?? '');
  return new Map(
    header
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('Content-Security-Policy and the other headers (helmet)', () => {
  it('the web app: scripts from this origin only, no inline script, no plugin, never framed', async () => {
    for (const url of ['/', '/institutions/123', '/public-notices']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      const p = csp(res);
      expect(p.get('default-src')).toEqual(["'self'"]);
      expect(p.get('script-src')).toEqual(["'self'"]);
      expect(p.get('script-src-attr')).toEqual(["'none'"]);
      expect(p.get('object-src')).toEqual(["'none'"]);
      expect(p.get('frame-ancestors')).toEqual(["'none'"]);
      expect(p.get('base-uri')).toEqual(["'self'"]);
      expect(p.get('form-action')).toEqual(["'self'"]);
      expect([...p.values()].flat()).not.toContain("'unsafe-eval'");
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('same-origin');
      expect(res.headers['permissions-policy']).toMatch(/camera=\(\), microphone=\(\), geolocation=\(\)/);
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('the API answers (data, errors, docs) carry the same policy', async () => {
    for (const url of ['/api/v1/directory', '/api/v1/nothing-here', '/api/docs', '/api/docs/']) {
      const res = await app.inject({ method: 'GET', url });
      expect(csp(res).get('frame-ancestors'), url).toEqual(["'none'"]);
      expect(csp(res).get('script-src'), url).toEqual(["'self'"]);
    }
    // The docs page loads its scripts as files: it runs under script-src 'self' (checked in Chromium by
    // e2e/api-docs.e2e.ts).
    const docs = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toMatch(/<script src=/);
    expect(docs.body).not.toMatch(/<script>(?!\s*<\/script>)|<script[^>]*>\s*[^<\s]/);
  });

  it('HSTS (one year) when COOKIE_SECURE is on — the default — or SKILLREG_HSTS=true; never on plain http setups', async () => {
    expect(loadConfig({}).hsts).toBe(true);
    expect(loadConfig({ COOKIE_SECURE: 'false' }).hsts).toBe(false);
    expect(loadConfig({ COOKIE_SECURE: 'false', SKILLREG_HSTS: 'true' }).hsts).toBe(true);
    expect(loadConfig({ SKILLREG_HSTS: 'false' }).hsts).toBe(false);
    const tls = await appWith({});
    try {
      const res = await tls.inject({ method: 'GET', url: '/' });
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000');
    } finally {
      await tls.close();
    }
  });
});

describe('caching', () => {
  it('API answers with personal data are never stored: Cache-Control no-store (signed in, public, errors)', async () => {
    const me = await staff.inject('GET', '/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.headers['cache-control']).toBe('no-store');
    const list = await staff.inject('GET', '/api/v1/institutions');
    expect(list.headers['cache-control']).toBe('no-store');
    const pub = await app.inject({ method: 'GET', url: '/api/v1/directory' });
    expect(pub.headers['cache-control']).toBe('no-store');
    const error = await app.inject({ method: 'GET', url: '/api/v1/institutions' });
    expect(error.statusCode).toBe(401);
    expect(error.headers['cache-control']).toBe('no-store');
  });

  it('hashed assets: a year, immutable; index.html and deep links: revalidated every time', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/index-AbC123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/index.html', '/directory/abc']) {
      const page = await app.inject({ method: 'GET', url });
      expect(page.headers['cache-control'], url).toBe('no-cache');
    }
  });
});

describe('compression (issue 10 point 9)', () => {
  it('serves the web app brotli- or gzip-compressed by Accept-Encoding, identical once decoded', async () => {
    const br = await app.inject({
      method: 'GET',
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(script);
    expect(br.rawPayload.length).toBeLessThan(Buffer.byteLength(script) / 5);
    const gz = await app.inject({
      method: 'GET',
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString('utf8')).toBe(script);
    const plain = await app.inject({ method: 'GET', url: '/assets/index-AbC123.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('leaves API answers uncompressed (they carry tokens beside reflected input)', async () => {
    const res = await staff.inject('GET', '/api/v1/institutions?pageSize=100');
    expect(res.statusCode).toBe(200);
    const again = await app.inject({
      method: 'GET',
      url: '/api/v1/occupations?pageSize=100',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(again.statusCode).toBe(200);
    expect(again.headers['content-encoding']).toBeUndefined();
  });
});
