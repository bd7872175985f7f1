// What the access log and the audit rows say about a request (issue 9 point 9): the request id is always
// generated here — a client cannot choose the id its audit rows are filed under — and the client's own
// X-Request-Id, when it sends one, is kept beside it as `clientRequestId` on every log line of the
// request (so a caller can still find its requests). The logged URL is the path with a redacted
// query: values, and keys that are not plain names, are replaced by `*`, since a query string may
// carry a searched name or document number (security.md "Personal data": none in a log line).
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyBaseLogger, FastifyRequest, FastifyServerOptions } from 'fastify';

const CLIENT_ID = /^[\w.:-]{1,64}$/;
const PLAIN_KEY = /^[A-Za-z][\w.[\]-]{0,39}$/;

/** Always a fresh id: the client's header never becomes the request id. */
export function generateRequestId(): string {
  return randomUUID();
}

/** The client's X-Request-Id when it is a plain token (anything else is dropped, not logged). */
export function clientRequestId(raw: IncomingMessage): string | undefined {
  const given = raw.headers['x-request-id'];
  return typeof given === 'string' && CLIENT_ID.test(given) ? given : undefined;
}

/** `/path?q=*&page=*`: the path, and the query's plain keys without their values. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q === -1) return url;
  const query = url
    .slice(q + 1)
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const key = part.split('=', 1)[0]!;
      return `${PLAIN_KEY.test(key) ? key : '*'}=*`;
    })
    .join('&');
  return `${url.slice(0, q)}?${query}`;
}

function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    remoteAddress: request.ip,
  };
}

/** Fastify options for the log: the request serializer and the client's id on every line. */
export function logOptions(
  logger: FastifyServerOptions['logger'],
): Pick<FastifyServerOptions, 'logger' | 'genReqId' | 'childLoggerFactory'> {
  const base = logger === true ? {} : logger;
  return {
    logger:
      base && typeof base === 'object'
        ? { ...base, serializers: { ...base.serializers, req: serializeRequest as never } }
        : false,
    genReqId: generateRequestId,
    childLoggerFactory: (parent: FastifyBaseLogger, bindings, opts, raw) => {
      const given = clientRequestId(raw);
      return parent.child(given ? { ...bindings, clientRequestId: given } : bindings, opts);
    },
  };
}
