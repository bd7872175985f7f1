// The second factor for authority staff (等保2.0 level 3 双因素, ASVS V6.6): TOTP as RFC 6238 and the
// authenticator apps read it (SHA-1, 6 digits, 30 s), through otplib (docs/decisions/0017-second-factor.md).
// A code is accepted one step either side of now (clock drift), and never twice: the caller stores the
// accepted time step and passes it back as `afterStep`.
import { generate, generateSecret, generateURI, verify } from 'otplib';

export const TOTP_ISSUER = 'SkillReg';
/** One 30-second step either side: what RFC 6238 §5.2 suggests for network delay and drift. */
const TOLERANCE_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The otpauth:// URI that the enrolment QR code carries. */
export function totpUri(secret: string, username: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: username, secret });
}

export type TotpCheck = { valid: true; step: number } | { valid: false };

export async function checkTotp(
  secret: string,
  code: string,
  opts: { afterStep?: number | null; now?: Date } = {},
): Promise<TotpCheck> {
  if (!/^\d{6}$/.test(code)) return { valid: false };
  const result = await verify({
    secret,
    token: code,
    epochTolerance: TOLERANCE_SECONDS,
    ...(opts.now ? { epoch: Math.floor(opts.now.getTime() / 1000) } : {}),
    ...(opts.afterStep !== undefined && opts.afterStep !== null ? { afterTimeStep: opts.afterStep } : {}),
  });
  return result.valid && 'timeStep' in result ? { valid: true, step: result.timeStep } : { valid: false };
}

/** The current code (tests and the e2e walk play the authenticator app with it). */
export function currentTotp(secret: string, now = new Date()): Promise<string> {
  return generate({ secret, epoch: Math.floor(now.getTime() / 1000) });
}
