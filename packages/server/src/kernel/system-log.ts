/**
 * Where code below the platform reports what went wrong outside a request's answer (a trigger or a follow-up that
 * failed in a job, an error no request logger took). The platform installs its structured logger
 * (platform/observability/logger.ts), which logs an error by its type, code and frames, never a database value;
 * until then, and in a process without it, the console.
 */
export interface SystemLog {
  error(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

const consoleLog: SystemLog = {
  error: (fields, message) => console.error(message, fields),
  warn: (fields, message) => console.warn(message, fields),
};

let current: SystemLog = consoleLog;

/** The process's system log. */
export const systemLog = (): SystemLog => current;

/** Installs the process's system log (null: the console again). */
export function setSystemLog(log: SystemLog | null): void {
  current = log ?? consoleLog;
}
