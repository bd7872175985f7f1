// Response headers of every answer (issue 9 point 4, security.md): @fastify/helmet with a strict
// Content-Security-Policy that the built web app and the API docs (/api/docs) run under — scripts only
// from this origin, no inline script, no plugin, no framing (frame-ancestors 'none') — HSTS when the
// deployment is on TLS, a Permissions-Policy that turns off the device APIs the app never uses, and
// Cache-Control: no-store on every API answer, since most carry personal data or a session's view.
// Why styles keep 'unsafe-inline': docs/decisions/0018-headers-rate-limit-challenge.md.
import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/** The CSP directives (also what the browser tests check the console against). */
export const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  // Ant Design writes its component styles into <style> elements at run time (CSS-in-JS).
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  // The proof-of-work widget (altcha) solves in Web Workers bundled as files of this origin.
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
};

/** Browser features the app never uses, switched off for its pages and anything they might embed. */
export const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()';

async function securityHeaders(app: FastifyInstance, opts: { hsts: boolean }): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    // HSTS is ignored by browsers on plain http, and must not be promised where TLS is not on.
    strictTransportSecurity: opts.hsts ? { maxAge: 31_536_000, includeSubDomains: false } : false,
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', String(request.id));
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
  });
}

export default fp(securityHeaders, { name: 'skillreg-security-headers' });
