import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { sendError } from '../../kernel/route-kit.js';
import { securityHeaders } from './security-headers.js';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/**
 * Serves a built single-page app under a mount path: files as they are, any other path gets index.html so the
 * app's router can take it. Hashed assets are cached for a year; index.html never is.
 */
export function serveSpa(root: string, mount: string) {
  const index = path.join(root, 'index.html');
  return (req: IncomingMessage, res: ServerResponse): void => {
    const rel = relativePath(req.url ?? '/', mount);
    if (rel === null) {
      sendError(res, 'BAD_REQUEST', 'The request path is not valid percent-encoding.');
      return;
    }
    const file = path.join(root, path.normalize(`/${rel}`));
    const isFile = file.startsWith(root) && existsSync(file) && statSync(file).isFile();
    const target = isFile ? file : index;
    if (!existsSync(target)) {
      res.writeHead(503, { ...securityHeaders('admin'), 'content-type': 'text/plain; charset=utf-8' });
      res.end('The admin is not built. Run: pnpm --filter @fidele/admin build\n');
      return;
    }
    const ext = path.extname(target);
    res.writeHead(200, {
      ...securityHeaders('admin'),
      'content-type': types[ext] ?? 'application/octet-stream',
      'cache-control': target === index ? 'no-cache' : 'public, max-age=31536000, immutable',
    });
    // A file removed between the check and the read must not raise an unhandled 'error' event (the process exits).
    createReadStream(target)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}

/**
 * The decoded path below the mount, or null when it cannot be a file name: malformed percent-encoding (`%E0%A4%A`,
 * which made decodeURIComponent throw out of the handler and stop the process) or a NUL byte.
 */
function relativePath(url: string, mount: string): string | null {
  try {
    const rel = decodeURIComponent(new URL(url, 'http://x').pathname.slice(mount.length));
    return rel.includes('\0') ? null : rel;
  } catch {
    return null;
  }
}
