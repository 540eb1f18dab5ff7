/** The job runners' settings (platform/jobs/settings.ts): defaults, the operator's periods, and refused values. */
import { afterEach, describe, expect, it } from 'vitest';
import { jobSettings } from '../jobs/settings.js';

const names = [
  'FIDELE_JOBS_CONCURRENCY',
  'FIDELE_JOBS_EXPIRE_SECONDS',
  'FIDELE_JOBS_RETRY_LIMIT',
  'FIDELE_JOBS_EVERY',
] as const;

describe('job settings', () => {
  const saved = Object.fromEntries(names.map((n) => [n, process.env[n]]));
  afterEach(() => {
    for (const n of names) {
      if (saved[n] === undefined) delete process.env[n];
      else process.env[n] = saved[n];
    }
  });

  it('defaults to a 15-minute expiry, 5 retries, 2 workers per queue and the modules’ periods', () => {
    for (const n of names) delete process.env[n];
    expect(jobSettings()).toMatchObject({ concurrency: 2, expireSeconds: 900, retryLimit: 5, every: {} });
  });

  it('reads the operator’s values and periods', () => {
    process.env.FIDELE_JOBS_EXPIRE_SECONDS = '60';
    process.env.FIDELE_JOBS_RETRY_LIMIT = '0';
    process.env.FIDELE_JOBS_EVERY = 'reminders=30, webhook-delivery=5';
    expect(jobSettings()).toMatchObject({
      expireSeconds: 60,
      retryLimit: 0,
      every: { reminders: 30, 'webhook-delivery': 5 },
    });
  });

  it('refuses what pg-boss or the runner could not honour, naming the setting', () => {
    process.env.FIDELE_JOBS_EXPIRE_SECONDS = String(24 * 3600);
    expect(() => jobSettings()).toThrow(/FIDELE_JOBS_EXPIRE_SECONDS must be an integer from 1 to 86399/);
    process.env.FIDELE_JOBS_EXPIRE_SECONDS = '';
    process.env.FIDELE_JOBS_CONCURRENCY = '0';
    expect(() => jobSettings()).toThrow(/FIDELE_JOBS_CONCURRENCY/);
    process.env.FIDELE_JOBS_CONCURRENCY = '';
    process.env.FIDELE_JOBS_EVERY = 'reminders';
    expect(() => jobSettings()).toThrow(/FIDELE_JOBS_EVERY takes name=seconds pairs/);
  });
});
