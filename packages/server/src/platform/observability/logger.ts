import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino';
import type { Principal } from '../../kernel/principal.js';
import { setSystemLog } from '../../kernel/system-log.js';

export type { Logger } from 'pino';

/**
 * The server's structured log: one JSON object per line on stdout (pino), read by the platform's log collector.
 * Nothing personal may reach it: lines carry ids, codes, names of operations and routes, durations and counts,
 * never a variable, a query text, a header value or a database value (OPERATIONS.md#logs lists the fields).
 */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  const level = options.level ?? process.env.FIDELE_LOG_LEVEL ?? 'info';
  // Said at start, by name: a mistyped level would otherwise fail inside pino with no word of the setting.
  if (level !== 'silent' && !(level in pino.levels.values))
    throw new Error(`FIDELE_LOG_LEVEL must be one of ${Object.keys(pino.levels.values).join(', ')} or silent`);
  const config: LoggerOptions = {
    level,
    base: { service: 'fidele', pid: process.pid, hostname: hostname() },
    timestamp: pino.stdTimeFunctions.isoTime,
    // A safety net for a careless future call: these keys never carry anything a log may hold.
    redact: {
      paths: ['authorization', 'cookie', 'token', 'password', 'email', 'phone', 'variables', 'query', 'headers'],
      censor: '[redacted]',
    },
    serializers: { err: errorFields },
  };
  return options.destination ? pino(config, options.destination) : pino(config);
}

let root: Logger | undefined;

/**
 * The process's logger, for code that runs outside a request (jobs, shutdown): made on first use, and installed
 * as the kernel's system log so that the contexts below the platform log through it too.
 */
export function rootLogger(): Logger {
  if (!root) {
    root = createLogger();
    setSystemLog(root);
  }
  return root;
}

/** What a request id may look like when a proxy sends one: short, and nothing that could be an address or a name. */
const WELL_FORMED_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

/** The request id: the caller's `x-request-id` when well-formed (a proxy's trace id), a new UUID otherwise. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && WELL_FORMED_ID.test(value) ? value : randomUUID();
}

/** Who asked, as a log may say it: the kind of principal and a staff user's role; no id, name or e-mail. */
export function principalFields(principal: Principal | null | undefined): { principal: string; role?: string } {
  if (!principal) return { principal: 'anonymous' };
  if (principal.kind === 'staff') return { principal: 'user', role: principal.role };
  if (principal.kind === 'partner') return { principal: 'apiKey' };
  return { principal: 'system' };
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const PHONE = /\+?\d[\d .()-]{6,}\d/g;

/** Masks what looks like an e-mail address or a phone number in a message written by a library. */
export const scrub = (text: string): string => text.replace(EMAIL, '[email]').replace(PHONE, '[number]');

/** Database drivers and Prisma put the values of a statement in their messages: only their codes are logged. */
function fromDatabase(error: Error & { code?: unknown; severity?: unknown }): boolean {
  return (
    error.name.startsWith('Prisma') ||
    error.name === 'DriverAdapterError' ||
    typeof error.severity === 'string' ||
    (typeof error.code === 'string' && /^P\d{4}$/.test(error.code))
  );
}

/**
 * An error as a log line may hold it: its type, code and stack frames; its message only when it cannot carry
 * a database value (scrubbed of e-mails and phone numbers all the same), and its cause the same way, one level.
 */
export function errorFields(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  // A resolver's error reaches Yoga wrapped in a GraphQLError that repeats its message: describe the original.
  const wrapped = (error as { originalError?: unknown; path?: unknown }).originalError;
  if (wrapped instanceof Error) return { ...errorFields(wrapped, depth), path: (error as { path?: unknown }).path };
  const e = error as Error & { code?: unknown; cause?: unknown };
  const code = typeof e.code === 'string' || typeof e.code === 'number' ? e.code : undefined;
  const frames = (e.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, 15)
    // Code locations (functions, files, lines) only: the message line above them is left out.
    .map((line) => line.trim());
  const message = fromDatabase(e) ? undefined : scrub(e.message.split('\n')[0]!.slice(0, 300));
  return {
    type: e.name,
    ...(code !== undefined ? { code } : {}),
    ...(message !== undefined ? { message } : {}),
    stack: frames,
    ...(e.cause !== undefined && depth === 0 ? { cause: errorFields(e.cause, 1) } : {}),
  };
}
