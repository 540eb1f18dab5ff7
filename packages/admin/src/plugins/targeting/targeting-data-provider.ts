import {
  isFideleError,
  type ContactFilter,
  type ContactsExportDownload,
  type ExclusionReason,
  type ExportFormat,
  type FideleClient,
  type FideleErrorEntry,
  type MarketingActionFieldsFragment,
} from '@fidele/sdk';
import type { Identifier } from 'react-admin';
import { raErrors } from '../../api/ra-errors';
import { contactFilter } from '../contacts/contacts-data-provider';

export type TargetableAction = Pick<
  MarketingActionFieldsFragment,
  'id' | 'code' | 'name' | 'status' | 'requiredPurpose' | 'startDate' | 'brand'
>;

/** One contact the server refused to target, and why (in the server's words). */
export interface RefusedContact {
  contactId: string;
  /** CONSENT_REQUIRED (no consent to the action's purpose), VALIDATION (deleted, merged, another brand), NOT_FOUND. */
  code: FideleErrorEntry['code'];
  /** The server's English reason, for an API client; the admin says `reasonCode` in the reader's language. */
  reason: string;
  /** The exclusion reason (RESTRICTED, OUT_OF_SCOPE, NO_CONSENT), when the server gives one. */
  reasonCode?: string;
}

/**
 * What targeting a selection did. The API is all or nothing: when any contact is refused, nothing is written,
 * `refused` lists each refused contact with its reason and `problem` any refusal that is not about one contact
 * (a completed action); the others can then be targeted again without them.
 */
/** A listed contact the targeting rules left out (channel opt-out, no address, pressure cap, priority). */
export interface ExcludedContact {
  contactId: string;
  reason: ExclusionReason;
}

export interface TargetingReport {
  created: number;
  alreadyTargeted: number;
  /** Contacts the channel and pressure rules left out: the others were targeted. */
  excluded: ExcludedContact[];
  refused: RefusedContact[];
  problem?: string;
}

/** The SDK's download, read whole: its counts and withheld columns, and the file as `content`. */
export type ExportReport = Pick<
  ContactsExportDownload,
  'fileName' | 'mimeType' | 'rowCount' | 'excludedWithoutConsent' | 'withheldColumns'
> & { content: Blob };

/** The targeting plugin's custom methods (a type alias: it must fit `DataProvider`'s index signature). */
export type TargetingDataProvider = {
  /** Planned and running actions (those that take targets), by start date, latest first. */
  getTargetableActions(): Promise<TargetableAction[]>;
  targetContacts(actionId: string, contactIds: Identifier[]): Promise<TargetingReport>;
  /**
   * The contacts of a list filter (the list's filter form values), or of a selection when `selectedIds` is given, for
   * the declared purpose: the server's streamed download (GET /export/contacts), whatever the size of the list.
   */
  exportContacts(
    filterValues: Record<string, unknown>,
    format: ExportFormat,
    selectedIds?: readonly Identifier[],
  ): Promise<ExportReport>;
};

/**
 * Bulk work on contacts: `targetContacts` (created, already targeted, refused with the server's reasons),
 * `exportContacts` (a file of the list's filter or of a selection; the server keeps only contacts whose consent covers the declared
 * purpose and only the columns the role may read), and the actions that take targets (`marketingActions`).
 */
export function createTargetingDataProvider(client: FideleClient): TargetingDataProvider {
  return {
    getTargetableActions: () =>
      raErrors(async () => {
        const page = await client.marketingActions({
          filter: { status: ['PLANNED', 'RUNNING'] },
          orderBy: [{ field: 'START_DATE', direction: 'DESC' }],
          first: 100,
        });
        return page.edges.map(({ node }) => node);
      }),
    targetContacts: (actionId, contactIds) =>
      raErrors(async () => {
        const ids = contactIds.map(String);
        try {
          const result = await client.targetContacts({ actionId, contactIds: ids });
          return {
            created: result.created.length,
            alreadyTargeted: result.alreadyTargeted.length,
            excluded: result.excluded.map((e) => ({ contactId: e.contact.id, reason: e.reason })),
            refused: [],
          };
        } catch (e) {
          if (!isFideleError(e) || !['VALIDATION', 'CONSENT_REQUIRED', 'NOT_FOUND'].includes(e.code)) throw e;
          const refused: RefusedContact[] = [];
          const other: string[] = [];
          for (const entry of e.errors) {
            const problems = entry.fields?.length ? entry.fields : [{ path: [] as string[], message: entry.message }];
            for (const f of problems) {
              const index = f.path[0] === 'contactIds' ? Number(f.path[1]) : NaN;
              if (Number.isInteger(index) && ids[index] !== undefined)
                refused.push({
                  contactId: ids[index],
                  code: entry.code,
                  reason: f.message,
                  ...('code' in f ? { reasonCode: f.code } : {}),
                });
              else other.push(f.message);
            }
          }
          if (refused.length === 0 && other.length === 0) throw e;
          return {
            created: 0,
            alreadyTargeted: 0,
            excluded: [],
            refused,
            ...(other.length ? { problem: other.join(' ') } : {}),
          };
        }
      }),
    exportContacts: (filterValues, format, selectedIds) =>
      raErrors(async () => {
        // A selection is exported by its ids (the contacts filter's `ids`), under the same consent and field rules.
        const filter: ContactFilter = selectedIds?.length
          ? ({ ids: selectedIds.map(String) } as ContactFilter)
          : contactFilter(filterValues);
        const file = await client.downloadContactsExport({ format, filter });
        return {
          fileName: file.fileName,
          mimeType: file.mimeType,
          content: await file.blob(),
          rowCount: file.rowCount,
          excludedWithoutConsent: file.excludedWithoutConsent,
          withheldColumns: file.withheldColumns,
        };
      }),
  };
}
