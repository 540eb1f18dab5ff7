import type { Server } from 'node:http';
import type { Plugin } from 'graphql-yoga';

/** The endpoint whose errors follow GraphQL over HTTP (`{ errors: [...] }`); other paths answer like the plain routes. */
const GRAPHQL_PATH = '/graphql';

const json = (status: number, body: unknown, headers: Headers = new Headers()) => {
  const h = new Headers(headers);
  h.set('content-type', 'application/json; charset=utf-8');
  h.delete('content-length');
  return new Response(JSON.stringify(body), { status, headers: h });
};

/** An error body in the shape of the path: GraphQL errors on /graphql, `{ error }` like the plain routes elsewhere. */
function errorBody(pathname: string, code: string, message: string) {
  return pathname === GRAPHQL_PATH ? { errors: [{ message, extensions: { code } }] } : { error: { code, message } };
}

/** The name of a GET parameter of /graphql that is not JSON (Yoga's parser would throw a SyntaxError: HTTP 500). */
function malformedJsonParam(url: URL): string | null {
  for (const name of ['variables', 'extensions']) {
    const raw = url.searchParams.get(name);
    if (!raw) continue;
    try {
      JSON.parse(raw);
    } catch {
      return name;
    }
  }
  return null;
}

/** What an empty Yoga answer means, by status. */
const emptyAnswers: Record<number, { code: string; message: string }> = {
  404: { code: 'NOT_FOUND', message: 'No such route.' },
  415: {
    code: 'BAD_REQUEST',
    message: 'Unsupported content type: send application/json (or application/graphql, multipart/form-data).',
  },
};

/**
 * Request-level errors that Yoga answers without a code, given one (found by test/fuzz-http.test.ts):
 * - a GET whose `variables` or `extensions` parameter is not JSON made Yoga's parser throw (HTTP 500): now 400
 *   BAD_REQUEST, before parsing;
 * - an unknown path (404) and an unsupported content type (415) answered an empty body: now the same status with a
 *   JSON error carrying a code.
 */
export function useCodedHttpErrors(): Plugin {
  return {
    onRequestParse({ request, url, endResponse }) {
      if (request.method !== 'GET' || url.pathname !== GRAPHQL_PATH) return;
      const param = malformedJsonParam(url);
      if (param)
        endResponse(json(400, errorBody(GRAPHQL_PATH, 'BAD_REQUEST', `The ${param} parameter is not valid JSON.`)));
    },
    onResponse({ request, response, setResponse }) {
      const known = emptyAnswers[response.status];
      if (!known || response.headers.get('content-type')) return;
      setResponse(
        json(
          response.status,
          errorBody(new URL(request.url, 'http://x').pathname, known.code, known.message),
          response.headers,
        ),
      );
    },
  };
}

/**
 * Requests Node's HTTP parser refuses before any handler runs (a request line or headers over the size limit: 431;
 * a malformed request line or header: 400). Node answers them with an empty body by default; with this listener
 * they carry a JSON error with a code like every other answer. The socket is then closed: its stream cannot be
 * trusted to hold another request.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const body = JSON.stringify({
      error: tooLarge
        ? { code: 'BAD_REQUEST', message: 'The request line or headers are too large.' }
        : { code: 'BAD_REQUEST', message: 'The request is not valid HTTP.' },
    });
    const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(
      `HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
