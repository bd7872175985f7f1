// Input hygiene at the edge (issue 9 point 2, security.md "Input"): every request's path parameters,
// query string and JSON body are searched for control characters before any schema or use case sees
// them, so that a NUL never reaches PostgreSQL (which answers it with an error, i.e. a 500) whatever a
// route's schema says. And Fastify's own router errors (an undecodable `%ff` in the path, a path
// parameter over maxParamLength) answer problem+json like every other error.
import fp from 'fastify-plugin';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../domain/errors.js';
import { findControlCharacter, PRINTABLE_MESSAGE, type TextKind } from './schemas/control-characters.js';
import { sendProblem, toProblem } from './problem.js';

const PARTS: [part: 'params' | 'query' | 'body', kind: TextKind][] = [
  ['params', 'line'],
  ['query', 'line'],
  ['body', 'text'],
];

/** Throws 400 VALIDATION_FAILED naming the first field that holds a control character. */
export function rejectControlCharacters(request: FastifyRequest): void {
  for (const [part, kind] of PARTS) {
    const path = findControlCharacter(request[part], kind);
    if (path) {
      const field = [part, ...path].join('.');
      throw new AppError(
        400,
        'VALIDATION_FAILED',
        '请求数据不符合要求',
        `${field}：${PRINTABLE_MESSAGE}（如 NUL${kind === 'line' ? '、换行或制表符' : ''}）`,
        [{ path: field, message: PRINTABLE_MESSAGE, message_en: 'Contains a control character' }],
        {
          title_en: 'The request data does not meet the requirements',
          detail_en: `A field contains a control character that is not allowed (such as NUL${kind === 'line' ? ', a line break or a tab' : ''}).`,
        },
      );
    }
  }
}

async function inputHygiene(app: FastifyInstance): Promise<void> {
  app.addHook('preValidation', async (request) => rejectControlCharacters(request));
}

export default fp(inputHygiene, { name: 'skillreg-input-hygiene' });

/**
 * Fastify's `frameworkErrors` option: errors raised by the router before any route or hook runs
 * (FST_ERR_BAD_URL, FST_ERR_MAX_PARAM_LENGTH, FST_ERR_ASYNC_CONSTRAINT). No hook runs for them, so the
 * headers the hooks would add (security-headers.ts) are set here: this answer carries no content to
 * protect beyond not being sniffed, framed or cached.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  reply.header('x-request-id', String(request.id));
  reply.header('x-content-type-options', 'nosniff');
  reply.header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
  reply.header('cache-control', 'no-store');
  void sendProblem(reply, toProblem(error, request));
}
