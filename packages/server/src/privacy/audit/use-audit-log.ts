import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import {
  type ExecutionResult,
  getNamedType,
  type GraphQLSchema,
  getOperationAST,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  valueFromASTUntyped,
} from 'graphql';
import type { Context } from '../../kernel/context.js';
import type { AuditOperation, AuditOutcome } from '../../generated/sqlite/enums.js';
import { isConsentBound } from '../../kernel/field-rules.js';
import { loginAccount } from '../../kernel/principal.js';
import { auditActor } from '../access/system.js';
import { AuditRecorder, encodeEntityIds } from '../../kernel/audit-recorder.js';

export interface AuditLogOptions {
  /**
   * Turns the audit off (tests of unrelated features, benchmarks). The schema and the context stay the same.
   * @default false
   */
  disabled?: boolean;
  /**
   * The audit operation of a mutation, from its root field name. The default reads the verb: create/record/grant/
   * deny/withdraw/target → CREATE, delete/revoke/erase → DELETE, restore → RESTORE, merge → MERGE,
   * import → IMPORT, export → EXPORT, login → LOGIN, anything else → UPDATE.
   */
  operationOf?: (mutationField: string) => AuditOperation;
}

const verbs: [RegExp, AuditOperation][] = [
  [/^(create|add|record|target|grant|deny|withdraw)/, 'CREATE'],
  [/^(delete|remove|revoke|erase)/, 'DELETE'],
  [/^restore/, 'RESTORE'],
  [/^merge/, 'MERGE'],
  [/^import/, 'IMPORT'],
  [/^export/, 'EXPORT'],
  [/^login$/, 'LOGIN'],
];
export const defaultOperationOf = (field: string): AuditOperation =>
  verbs.find(([re]) => re.test(field))?.[1] ?? 'UPDATE';

/** Error codes that mean "refused" rather than "failed". */
const refusals = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONSENT_REQUIRED', 'RATE_LIMITED']);

/** The type and id of a global id (`Type:id` in base64), or just the value. */
function decodeId(value: unknown): { type: string | null; id: string } | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const s = String(value);
  const m = /^([A-Za-z]+):(.+)$/.exec(Buffer.from(s, 'base64').toString('utf8'));
  return m ? { type: m[1]!, id: m[2]! } : { type: null, id: s };
}

type AuditRow = {
  at: Date;
  actorType: 'STAFF' | 'API_KEY' | 'SYSTEM';
  actorUserId: number | null;
  apiKeyId: number | null;
  systemReason: string | null;
  purpose: string | null;
  operation: AuditOperation;
  operationName: string | null;
  entity: string;
  entityId: string | null;
  entityIds?: string;
  fields?: string[];
  outcome: AuditOutcome;
  errorCode: string | null;
  requestId: string;
};

/** The audit rows of one executed operation: its guarded reads and, for a mutation, each root field. */
export function auditRows(
  ctx: Context,
  recorder: AuditRecorder,
  operation: OperationDefinitionNode | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  result: ExecutionResult,
  mutationFieldType: (name: string) => string | null,
  operationOf: (field: string) => AuditOperation,
): AuditRow[] {
  const base = {
    at: ctx.now,
    // Who acted, from the one place that maps principals to audit columns (a system principal: SYSTEM + reason).
    ...auditActor(ctx),
    purpose: ctx.purpose?.code ?? null,
    requestId: randomUUID(),
  };
  const rows: AuditRow[] = recorder.entries().map((r) => ({
    ...base,
    operation: 'READ',
    operationName: operation?.name?.value ?? null,
    entity: r.entity,
    // One row: named in entityId as a mutation's is; several: listed (they share fields and outcome).
    entityId: r.entityIds.length === 1 ? r.entityIds[0]! : null,
    entityIds: encodeEntityIds(r.entityIds),
    fields: r.fields,
    outcome: r.outcome,
    errorCode:
      r.outcome === 'ALLOWED'
        ? null
        : r.fields.every((f) => isConsentBound(`${r.entity}.${f}`))
          ? 'CONSENT_REQUIRED'
          : 'FORBIDDEN',
  }));
  if (operation?.operation === 'mutation') {
    for (const sel of operation.selectionSet.selections) {
      if (sel.kind !== Kind.FIELD) continue;
      const key = sel.alias?.value ?? sel.name.value;
      const error = result.errors?.find((e) => e.path?.[0] === key);
      const code = error ? String((error.extensions as { code?: unknown } | undefined)?.code ?? 'INTERNAL') : null;
      const idArg = sel.arguments?.find((a) => a.name.value === 'id' || a.name.value === 'contactId');
      const data = (result.data as Record<string, { id?: unknown } | null> | null | undefined)?.[key];
      const written = sel.arguments?.find((a) => a.name.value === 'input');
      const input = written
        ? (valueFromASTUntyped(written.value, variables ?? undefined) as Record<string, unknown> | null)
        : null;
      // The row concerned: an `id` argument, else the contact an input is about (consent decisions), else the result.
      // A login (or password change) names the account tried, known or not, by its normalised e-mail (never the
      // password).
      const loginEmail = ['login', 'changePassword'].includes(sel.name.value)
        ? sel.arguments?.find((a) => a.name.value === 'email')
        : undefined;
      const target = loginEmail
        ? {
            type: 'StaffUser',
            id: loginAccount(String(valueFromASTUntyped(loginEmail.value, variables ?? undefined) ?? '')),
          }
        : decodeId(
            idArg
              ? valueFromASTUntyped(idArg.value, variables ?? undefined)
              : (input?.contact ?? (data && typeof data === 'object' ? data.id : null)),
          );
      rows.push({
        ...base,
        operation: operationOf(sel.name.value),
        operationName: sel.name.value,
        // The entity is the type of the id argument (exportContactData(id) is about a Contact), else the result type.
        entity: target?.type ?? mutationFieldType(sel.name.value) ?? sel.name.value,
        entityId: target?.id ?? null,
        // The names of the fields written, never their values (the audit log must not become a copy of the data).
        ...(input && typeof input === 'object' ? { fields: Object.keys(input as object).sort() } : {}),
        outcome: code === null ? 'ALLOWED' : refusals.has(code) ? 'DENIED' : 'FAILED',
        errorCode: code,
      });
    }
  }
  return rows;
}

/**
 * The audit log as a Yoga plugin. For every executed operation it records, per request: each read of a guarded
 * field (confidential or consent-bound: entity, row, fields, ALLOWED or DENIED, aggregated per row) and each
 * mutation (who, purpose, operation, entity, outcome). Rows are written in one statement when the operation ends,
 * before the response leaves: if they cannot be written the response is replaced by an error (fail closed: no
 * disclosure without its record).
 *
 * @example createYoga({ schema, plugins: [useAuditLog({ disabled: process.env.NO_AUDIT === '1' })] })
 */
export function useAuditLog(options: AuditLogOptions = {}): Plugin<Context> {
  const operationOf = options.operationOf ?? defaultOperationOf;
  return {
    onExecute({ args, extendContext }) {
      if (options.disabled) return;
      const recorder = new AuditRecorder();
      extendContext({ audit: recorder });
      const mutationType = (args.schema as GraphQLSchema).getMutationType();
      const typeOf = (name: string) => {
        const f = mutationType?.getFields()[name];
        return f ? getNamedType(f.type).name : null;
      };
      return {
        async onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in (result as object)) return; // incremental delivery: not used by Fidele
          const ctx = args.contextValue as Context;
          const operation = getOperationAST(args.document, args.operationName);
          const rows = auditRows(
            ctx,
            recorder,
            operation,
            args.variableValues,
            result as ExecutionResult,
            typeOf,
            operationOf,
          );
          if (!rows.length) return;
          try {
            await ctx.db.auditLog.createMany({ data: rows });
          } catch (cause) {
            console.error('audit log write failed', cause);
            setResult({ errors: [new GraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL' } })] });
          }
        },
      };
    },
  };
}
