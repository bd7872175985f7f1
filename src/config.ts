// Configuration from the environment, read once at start-up.
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  cookieSecure: boolean;
  logLevel: string;
  seedDemo: boolean;
  /**
   * The demonstration clock (src/demo/demo-clock.ts): on by default in demo mode, off otherwise and
   * whenever SKILLREG_DEMO_CLOCK=false.
   */
  demoClock: boolean;
  trustProxy: boolean;
  /**
   * Master key (base64, 32 bytes) for personal data at rest: AES-256-GCM encryption and the HMAC
   * lookup index of document numbers (security.md). From SKILLREG_DATA_KEY; when absent the server
   * creates data/data-key (mode 0600) on first start — production sets the variable from a key store.
   */
  dataKey: string | undefined;
  /**
   * Authority staff must sign in with a second factor (TOTP) — 等保2.0 level 3 (issue 9). From
   * SKILLREG_AUTHORITY_2FA=true|false; on by default outside the demo, off in the demo so that the demo
   * logins work with the password alone (docs/decisions/0017-second-factor.md).
   */
  authoritySecondFactor: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.SKILLREG_DATA_DIR ?? 'data'),
    // Secure cookies also work on http://localhost in Chromium; set COOKIE_SECURE=false only for
    // plain-http access from another host during evaluation.
    cookieSecure: env.COOKIE_SECURE !== 'false',
    logLevel: env.LOG_LEVEL ?? 'info',
    seedDemo: env.SKILLREG_DEMO !== 'false',
    demoClock: env.SKILLREG_DEMO !== 'false' && env.SKILLREG_DEMO_CLOCK !== 'false',
    trustProxy: env.TRUST_PROXY === 'true',
    dataKey: env.SKILLREG_DATA_KEY || undefined,
    authoritySecondFactor:
      env.SKILLREG_AUTHORITY_2FA === undefined || env.SKILLREG_AUTHORITY_2FA === ''
        ? env.SKILLREG_DEMO === 'false'
        : env.SKILLREG_AUTHORITY_2FA === 'true',
  };
}
