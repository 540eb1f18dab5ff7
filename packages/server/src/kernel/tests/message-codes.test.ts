import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ExclusionReason } from '../../generated/sqlite/enums.js';
import { reasonOrder } from '../../campaigns/targeting/targeting.service.js';
import {
  deliveryReasonPrefixes,
  deliveryReasons,
  exclusionDetailTemplates,
  exclusionReasons,
  formatMessage,
  importErrorCodes,
  notificationKinds,
  notificationTemplates,
  parseMessage,
} from '../message-codes.js';

/**
 * Every code the server writes for people to read is in the catalogue (kernel/message-codes.ts), which the admin's
 * translations are checked against: a new notification kind, exclusion reason or import error code that is not
 * listed fails here, before a French reader meets an untranslated English line.
 */
const src = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The .ts files of a folder and its subfolders, tests and generated code left out. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'tests' || e.name === 'generated' ? [] : sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

const all = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m[1]!);

describe('message codes catalogue', () => {
  it('lists every notification kind a writer of notifications uses', () => {
    const writers = sources(src).filter((f) =>
      /notifyOnce\(|notification\.create(Many)?\(/.test(readFileSync(f, 'utf8')),
    );
    // The reminder job and the stewardship hook today: a new writer joins this list by itself.
    expect(writers.length).toBeGreaterThanOrEqual(2);
    const kinds = writers.flatMap((f) => all(readFileSync(f, 'utf8'), /kind: '([A-Z_]+)'/g));
    expect(new Set(kinds)).toEqual(new Set(notificationKinds));
  });

  it('lists every code an import writes on a row error, and the data-quality codes', () => {
    const text = sources(join(src, 'integration', 'imports'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const literal = [
      ...all(text, /code: '([A-Z][A-Z_]+)'/g),
      ...all(text, /\b(?:add|error)\([^,()]*, '([A-Z][A-Z_]+)'/g),
    ];
    const normalize = readFileSync(join(src, 'contacts', 'quality', 'normalize.ts'), 'utf8');
    const quality = all(/export type QualityCode =([^;]+);/.exec(normalize)![1]!, /'([A-Z_]+)'/g);
    expect(literal.length).toBeGreaterThan(15);
    expect(quality).toContain('CITY_MISMATCH');
    expect(
      [...new Set([...literal, ...quality])].filter((c) => !(importErrorCodes as readonly string[]).includes(c)),
    ).toEqual([]);
  });

  it('lists every reason a delivery is skipped, failed or bounced for', () => {
    const text = sources(join(src, 'messaging'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const written = [
      ...all(text, /reason: '([A-Z][A-Z_]+)'/g),
      ...all(text, /PermanentSendError\([^;]*?, '([A-Z][A-Z_]+)'\)/g),
    ];
    const prefixed = all(text, /PermanentSendError\([^;]*?, `([A-Z]+)_\$\{/g);
    expect(written).toContain('COMPLAINT');
    expect(written).toContain('MAIL_OFF');
    expect(written).toContain('SMS_NOT_MOBILE');
    expect(written.filter((c) => !(deliveryReasons as readonly string[]).includes(c))).toEqual([]);
    expect(new Set(prefixed)).toEqual(new Set(deliveryReasonPrefixes));
    // The targeting rules are checked again before sending: their reasons (but those of targeting only) come too.
    const atSending = exclusionReasons.filter(
      (r) => !['ALREADY_TARGETED', 'PRESSURE_CAP', 'LOWER_PRIORITY'].includes(r),
    );
    expect(atSending.filter((r) => !(deliveryReasons as readonly string[]).includes(r))).toEqual([]);
  });

  it('lists the exclusion reasons of the enum, in the order targeting checks them', () => {
    expect([...exclusionReasons]).toEqual(reasonOrder);
    expect(new Set(exclusionReasons)).toEqual(new Set(Object.values(ExclusionReason)));
  });

  it('writes each exclusion detail as the API always gave it, and reads its parameters back', () => {
    const d = exclusionDetailTemplates;
    const rule = { rule: '7', count: '2', max: '2', days: '90' };
    expect(formatMessage(d.PRESSURE_CAP, rule)).toBe('rule 7: 2 of 2 in 90 days');
    expect(parseMessage(d.PRESSURE_CAP, 'rule 7: 2 of 2 in 90 days')).toEqual(rule);
    expect(formatMessage(d.OUT_OF_SCOPE, {})).toBe("not of the action's brand");
    expect(parseMessage(d.LOWER_PRIORITY, 'A1, B2')).toEqual({ actions: 'A1, B2' });
    expect(parseMessage(d.NO_CHANNEL_ADDRESS, 'EMAIL')).toEqual({ medium: 'EMAIL' });
    // Targeting writes every detail through these templates, none by hand.
    const targeting = ['targeting.decide.ts', 'pressure.rules.ts']
      .map((f) => readFileSync(join(src, 'campaigns', 'targeting', f), 'utf8'))
      .join('\n');
    expect(targeting).not.toMatch(/detail: [`'"]/);
    expect(targeting.match(/exclusionDetailTemplates|detail\.[A-Z_]+/g)!.length).toBeGreaterThanOrEqual(7);
  });

  it('writes each template with its parameters and reads them back, whatever the free text holds', () => {
    const params = {
      TASK_REMINDER: { due: '2026-12-07T14:30:00.000Z', title: 'Rappeler : devis UTC: {title} 100 %' },
      ACTIVITY_REMINDER: { type: 'VISIT_REPORT', at: '2027-01-02T08:05:00.000Z', subject: 'Visite : boutique' },
      CHANGE_PROPOSAL: { field: 'email' },
    };
    for (const kind of notificationKinds) {
      const line = formatMessage(notificationTemplates[kind], params[kind]);
      expect(line).not.toMatch(/\{(due|type|at|subject|field)\}/);
      expect(parseMessage(notificationTemplates[kind], line)).toEqual(params[kind]);
    }
    expect(formatMessage(notificationTemplates.ACTIVITY_REMINDER, params.ACTIVITY_REMINDER)).toBe(
      'Planned visit report at 2027-01-02 08:05 UTC: Visite : boutique',
    );
    expect(parseMessage(notificationTemplates.TASK_REMINDER, 'A line of another time')).toBeNull();
    expect(() => formatMessage(notificationTemplates.CHANGE_PROPOSAL, {})).toThrow(/field/);
  });
});
