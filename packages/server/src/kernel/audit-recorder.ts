/** The outcome of one read of a guarded field. */
export type ReadOutcome = 'ALLOWED' | 'DENIED';

/**
 * Collects, during one request, every read of a guarded field (confidential or consent-bound): which entity and
 * row, which fields, allowed or denied. `useAuditLog` creates one per request and writes it out when the request
 * ends, one audit row per (entity, row, outcome) with the fields as a list, in one statement.
 */
export class AuditRecorder {
  private readonly reads = new Map<
    string,
    { entity: string; entityId: string; outcome: ReadOutcome; fields: Set<string> }
  >();

  read(entity: string, entityId: number | string, field: string, allowed: boolean): void {
    const outcome: ReadOutcome = allowed ? 'ALLOWED' : 'DENIED';
    const k = `${entity}\u0000${entityId}\u0000${outcome}`;
    let r = this.reads.get(k);
    if (!r) {
      r = { entity, entityId: String(entityId), outcome, fields: new Set() };
      this.reads.set(k, r);
    }
    r.fields.add(field);
  }

  /** The reads so far, fields sorted. */
  entries(): { entity: string; entityId: string; outcome: ReadOutcome; fields: string[] }[] {
    return [...this.reads.values()].map((r) => ({ ...r, fields: [...r.fields].sort() }));
  }
}
