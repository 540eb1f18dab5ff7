import { createRequire } from 'node:module';
import type nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { Db } from '../../kernel/db/client.js';
import { PermanentSendError, type ChannelAdapter, type OutgoingMessage, type SentMessage } from './channel.js';
import type { MessagingSettings } from '../settings.js';

const require = createRequire(import.meta.url);
/** nodemailer is loaded when the first e-mail adapter is made (`require`, cached by Node), not with the server. */
const mailer = () => require('nodemailer') as typeof nodemailer;

/**
 * E-mail through nodemailer: SMTP in production (a pooled connection, so a send of thousands reuses a few
 * sockets), or caught in development (FIDELE_MAIL=catch): the message is built exactly as it would be sent, then
 * stored in CaughtMail for the admin's outbox instead of leaving the machine.
 */
export function emailAdapter(settings: MessagingSettings, db: Db): ChannelAdapter {
  if (settings.mail === 'off') return refusingAdapter();
  const transport: Transporter =
    settings.mail === 'smtp'
      ? mailer().createTransport({ url: settings.smtpUrl!, pool: true, maxConnections: 4 } as never)
      : mailer().createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    media: ['EMAIL', 'NEWSLETTER'],
    async send(message: OutgoingMessage): Promise<SentMessage> {
      const mail = { from: message.from ?? settings.mailFrom, ...message };
      let info: { messageId: string; response?: string; message?: Buffer };
      try {
        info = await transport.sendMail(mail);
      } catch (error) {
        throw permanentOrNot(error);
      }
      if (settings.mail === 'catch') {
        await db.caughtMail.create({
          data: { recipient: message.to, subject: message.subject ?? '', raw: info.message!.toString('utf8') },
        });
      }
      return { providerMessageId: info.messageId, detail: info.response ?? 'caught' };
    },
    async close() {
      transport.close();
    },
  };
}

/** SMTP 5xx answers are final (unknown mailbox, refused sender); 4xx and network errors are worth a retry. */
function permanentOrNot(error: unknown): unknown {
  const code = (error as { responseCode?: number }).responseCode;
  if (typeof code === 'number' && code >= 500) return new PermanentSendError((error as Error).message, `SMTP_${code}`);
  return error;
}

function refusingAdapter(): ChannelAdapter {
  return {
    media: ['EMAIL', 'NEWSLETTER'],
    async send() {
      throw new PermanentSendError('E-mail is off on this deployment (FIDELE_MAIL=off)', 'MAIL_OFF');
    },
  };
}
