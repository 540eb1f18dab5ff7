import type { ActionMedium } from '../../generated/sqlite/enums.js';

/**
 * A channel adapter: how one medium leaves Fidele. The send job renders each target's message, then hands it to the
 * adapter of the action's medium; adapters know nothing of consent, targeting or deliveries (the send job does).
 * Adapters are configured per deployment (settings.ts) and registered in `channelAdapters` (channels/registry.ts).
 */
export interface OutgoingMessage {
  /** E-mail address or phone number (E.164), already checked by the send job. */
  to: string;
  /** E-mail only. */
  from?: string;
  subject?: string;
  text: string;
  html?: string;
  /** Extra headers (e-mail: List-Unsubscribe, List-Unsubscribe-Post). */
  headers?: Record<string, string>;
}

export interface SentMessage {
  /** The provider's id of the message (e-mail: Message-ID), to match receipts, bounces and complaints. */
  providerMessageId: string;
  /** The provider's answer (SMTP: the final response line), kept in the delivery log. */
  detail?: string;
}

/** A refusal the adapter knows to be final (an address the server rejected): the delivery fails without retry. */
export class PermanentSendError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export interface ChannelAdapter {
  /** The media this adapter sends (EMAIL and NEWSLETTER share the e-mail adapter). */
  media: readonly ActionMedium[];
  /** Sends one message; throws PermanentSendError for a final refusal, anything else for a retryable failure. */
  send(message: OutgoingMessage): Promise<SentMessage>;
  /** Releases connections (pooled SMTP): called at shutdown and by tests. */
  close?(): Promise<void>;
}
