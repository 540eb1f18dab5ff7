/** The outcome of one read of a guarded field. */
export type ReadOutcome = 'ALLOWED' | 'DENIED';

/** One kind of read in a request: an entity, an outcome, a set of fields, and every row read that way. */
export interface ReadEntry {
  entity: string;
  outcome: ReadOutcome;
  /** Sorted. */
  fields: string[];
  /** In the order they were first read. */
  entityIds: string[];
}

/**
 * Collects, during one request, every read of a guarded field (confidential or consent-bound): which entity and
 * row, which fields, allowed or denied. `useAuditLog` creates one per request and writes it out when the request
 * ends: one audit entry per kind of read (entity, outcome, fields) naming every row read that way, so the cost
 * and the volume of the audit grow with the shape of a request, not with the number of rows it reads.
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

  /** The reads so far, grouped by entity, outcome and fields (sorted). */
  entries(): ReadEntry[] {
    const groups = new Map<string, ReadEntry>();
    for (const r of this.reads.values()) {
      const fields = [...r.fields].sort();
      const k = `${r.entity}\u0000${r.outcome}\u0000${fields.join(',')}`;
      const g = groups.get(k);
      if (g) g.entityIds.push(r.entityId);
      else groups.set(k, { entity: r.entity, outcome: r.outcome, fields, entityIds: [r.entityId] });
    }
    return [...groups.values()];
  }
}

/** The stored form of a list of row ids (`,12,345,`): a row matches with `contains: ',12,'` on both databases. */
export const encodeEntityIds = (ids: readonly string[]): string => `,${ids.join(',')},`;

/** The ids of the stored form. */
export const decodeEntityIds = (stored: string | null): string[] =>
  stored ? stored.split(',').filter((s) => s !== '') : [];

/**
 * The audit entries about one row: a mutation or single read names it in `entityId`, a read of several rows in
 * `entityIds`. Spread into an AuditLog `where` (with the entity: `auditConcerning`).
 */
export const concerningRow = (entityId: string) => ({
  OR: [{ entityId }, { entityIds: { contains: `,${entityId},` } }],
});

/** The audit entries about one row of an entity. */
export const auditConcerning = (entity: string, entityId: string) => ({ entity, ...concerningRow(entityId) });
