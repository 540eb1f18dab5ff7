import type { Context } from '../../kernel/context.js';
import { ApiError } from '../../kernel/errors.js';
import { actorOf } from '../../privacy/audit/audit-actor.js';
import { normalizeEmail } from '../../contacts/quality/normalize.js';
import {
  checkDecision,
  duplicateThreshold,
  entryCandidatesMany,
  entrySource,
  entryVerdict,
  type DuplicateDecision,
} from '../../contacts/quality/entry-duplicates.service.js';
import type { Prepared, RowError } from './import.rows.js';
import { refreshMatchKeys } from '../../contacts/quality/match-keys.system.js';

/**
 * Duplicates at entry for a contacts import (issue 21): a row that would create a contact is compared with the
 * contacts the importer may compare, as `createContact` compares (contacts/quality/entry-duplicates.service.ts).
 * Above the threshold the row is rejected `DUPLICATE_SUSPECTED`, an exact e-mail `DUPLICATE_EMAIL`, each naming the
 * candidates' ids (only contacts the importer may see), unless the import was started with `duplicates: { confirm }`
 * (suspected rows created) or `{ force, reason }` (exact e-mails too; the reason is audited once for the job). Two
 * rows of the file with the same e-mail are caught too: the later one is `DUPLICATE_EMAIL` naming the first line,
 * whatever the upsert key (with key `email` the import's own DUPLICATE_IN_FILE already answers).
 */
export class ImportDuplicateCheck {
  /** Normalised e-mail → line of the first row creating a contact with it. */
  private readonly emails = new Map<string, number>();
  private readonly threshold = duplicateThreshold();

  constructor(
    private readonly decision: DuplicateDecision | null | undefined,
    private readonly key: string | null,
  ) {
    checkDecision(decision, ['duplicates']);
  }

  /** The check of one job, its forcing (if any) audited before any row is read. */
  static async start(ctx: Context, jobId: number, decision: DuplicateDecision | null | undefined, key: string) {
    const check = new ImportDuplicateCheck(decision, key);
    await check.auditForce(ctx, jobId);
    return check;
  }

  /** The audit entry of a forced import: who forced exact e-mail duplicates for which job, and why. */
  async auditForce(ctx: Context, jobId: number): Promise<void> {
    if (!this.decision?.force) return;
    await ctx.db.auditLog.create({
      data: {
        ...actorOf(ctx),
        operation: 'IMPORT',
        operationName: 'duplicateEmailForced',
        entity: 'ImportJob',
        entityId: String(jobId),
        fields: ['email', `reason:${this.decision.reason!.trim()}`],
        outcome: 'ALLOWED',
      },
    });
  }

  /**
   * The duplicate errors of each of a batch's rows (none: it may be written), in order; rows already refused
   * (an array of errors) are left out. Only rows that would create
   * a contact are checked: first their e-mails against the file's earlier rows, then, all at once, against the
   * contacts the importer may compare (`entryCandidatesMany`: a few statements per batch, whatever its size). The
   * keys are brought up to date once per batch, so a batch sees the contacts the earlier ones created.
   */
  async batchErrors(ctx: Context, rows: readonly (Prepared<{ values: Record<string, unknown> }> | RowError[])[]) {
    const out: RowError[][] = rows.map(() => []);
    const checked: number[] = [];
    rows.forEach((p, i) => {
      if (Array.isArray(p) || p.outcome !== 'created') return;
      const values = p.data.values;
      const email = typeof values.email === 'string' ? normalizeEmail(values.email) : null;
      const first = email ? this.emails.get(email) : undefined;
      if (email && first === undefined) this.emails.set(email, p.line);
      if (first !== undefined && this.key !== 'email' && !this.decision?.force)
        out[i] = [error(p.line, 'DUPLICATE_EMAIL', `line ${first} of this file has the same e-mail`)];
      // Forced: neither a suspected duplicate nor an exact e-mail stops a row, so there is nothing to look up.
      else if (!this.decision?.force) checked.push(i);
    });
    if (!checked.length) return out;
    await refreshMatchKeys(ctx.db, { provider: ctx.provider }).catch(() => undefined);
    const found = await entryCandidatesMany(
      ctx,
      checked.map((i) => entrySource((rows[i] as Prepared<{ values: Record<string, unknown> }>).data.values)),
      { threshold: this.threshold, refresh: false },
    );
    checked.forEach((i, j) => {
      try {
        entryVerdict(found[j]!, this.decision, { fuzzy: true, threshold: this.threshold });
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        const code = String(e.extensions.code);
        const candidates = (e.extensions.candidates ?? []) as { id: string; score: number }[];
        const ids = candidates.map((c) => `${Buffer.from(c.id, 'base64').toString()} (${c.score})`).join(', ');
        const what = code === 'DUPLICATE_EMAIL' ? 'same e-mail as' : 'likely duplicate of';
        out[i] = [error((rows[i] as Prepared<unknown>).line, code, `${what} ${ids}`)];
      }
    });
    return out;
  }
}

const error = (line: number, code: string, message: string): RowError => ({
  line,
  field: code === 'DUPLICATE_EMAIL' ? 'email' : null,
  code,
  message,
});
