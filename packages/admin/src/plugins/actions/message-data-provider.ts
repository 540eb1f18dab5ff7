import {
  ActionMessageDocument,
  ActionMessagePreviewDocument,
  MergeFieldsDocument,
  SendTestMessageDocument,
  SetActionMessageDocument,
  type ActionMessagePreviewQuery,
  type FideleClient,
  type MergeFieldsQuery,
  type SetActionMessageMutation,
} from '@fidele/sdk';
import { raErrors } from '../../api/ra-errors';

export type ActionMessageRow = SetActionMessageMutation['setActionMessage'];
export type MessagePreview = ActionMessagePreviewQuery['actionMessagePreview'];
export type MergeFieldRow = MergeFieldsQuery['mergeFields'][number];
export interface MessageDraft {
  sender: string;
  subject: string;
  bodyText: string;
  bodyHtml: string;
}

/** The message methods of the actions plugin (a type alias: it must fit `DataProvider`). */
export type MessageDataProvider = {
  getActionMessage(actionId: string): Promise<{ medium: string; message: ActionMessageRow | null }>;
  saveActionMessage(actionId: string, draft: MessageDraft, version: number | null): Promise<ActionMessageRow>;
  getMergeFields(): Promise<MergeFieldRow[]>;
  previewActionMessage(actionId: string, contactId: string): Promise<MessagePreview>;
  sendTestMessage(actionId: string, contactId: string, to: string): Promise<{ to: string }>;
};

const orNull = (s: string) => (s.trim() === '' ? null : s);

/** Messages of actions (templates, preview, test send) and the caught mail, through the SDK. */
export function createMessageDataProvider(client: FideleClient): MessageDataProvider {
  return {
    getActionMessage: (actionId) =>
      raErrors(async () => {
        const node = (await client.execute(ActionMessageDocument, { id: actionId })).node;
        if (!node || !('medium' in node)) throw new Error('Marketing action not found.');
        return { medium: node.medium, message: node.message ?? null };
      }),
    saveActionMessage: (actionId, draft, version) =>
      raErrors(
        async () =>
          (
            await client.execute(SetActionMessageDocument, {
              input: {
                action: actionId,
                sender: orNull(draft.sender),
                subject: orNull(draft.subject),
                bodyText: draft.bodyText,
                bodyHtml: orNull(draft.bodyHtml),
                ...(version === null ? {} : { version }),
              },
            })
          ).setActionMessage,
      ),
    getMergeFields: () => raErrors(async () => (await client.execute(MergeFieldsDocument)).mergeFields),
    previewActionMessage: (actionId, contactId) =>
      raErrors(
        async () =>
          (await client.execute(ActionMessagePreviewDocument, { action: actionId, contact: contactId }))
            .actionMessagePreview,
      ),
    sendTestMessage: (actionId, contactId, to) =>
      raErrors(
        async () =>
          (await client.execute(SendTestMessageDocument, { action: actionId, contact: contactId, to })).sendTestMessage,
      ),
  };
}
