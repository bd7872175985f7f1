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
  trustProxy: boolean;
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
    trustProxy: env.TRUST_PROXY === 'true',
  };
}
