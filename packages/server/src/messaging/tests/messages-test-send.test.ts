/**
 * Test send: the message rendered for one contact reaches a real SMTP server started in the test (smtp-server,
 * parsed with mailparser) at the staff member's address, subject "[TEST] ...", with no delivery recorded; a
 * refused render is an error with its code. In catch mode (the development default) the same message lands in
 * CaughtMail, which `caughtMails` lists for admins and marketing only.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/databases.js';
import { gid } from '../../testing/api.js';
import { messageWorld, SET_MESSAGE, type MessageWorld } from './messages-fixture.js';

const SEND = `mutation TestSend($a: ID!, $c: ID!, $to: String!) {
  sendTestMessage(action: $a, contact: $c, to: $to) { messageId to }
}`;

async function startSmtp() {
  const received: { to: string[]; mail: ParsedMail }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), mail });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describeEachDatabase('test send and the outgoing-mail catcher', (provider) => {
  let w: MessageWorld;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let actionId: number;
  const c: Record<string, number> = {};
  const saved = { mail: process.env.FIDELE_MAIL, url: process.env.FIDELE_SMTP_URL };

  beforeAll(async () => {
    w = await messageWorld(provider);
    smtp = await startSmtp();
    actionId = await w.action();
    c.consenting = await w.contact({ firstName: 'Zoé' });
    c.none = await w.contact({}, []);
    const set = await w.h.as('MARKETING')(SET_MESSAGE, {
      input: {
        action: gid('MarketingAction', actionId),
        sender: 'Fidele Shop <news@shop.example>',
        subject: 'Hello {{firstName}}',
        bodyText: 'Dear {{firstName}}',
        bodyHtml: '<p>Dear {{firstName}}</p>',
      },
    });
    expect(set.errors).toBeUndefined();
  });
  afterEach(() => {
    for (const [k, v] of [
      ['FIDELE_MAIL', saved.mail],
      ['FIDELE_SMTP_URL', saved.url],
    ] as const)
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  });
  afterAll(async () => {
    await smtp?.close();
    await w?.h.drop();
  });

  it('sends the rendered message to the given address over SMTP, subject [TEST], no delivery', async () => {
    process.env.FIDELE_MAIL = 'smtp';
    process.env.FIDELE_SMTP_URL = smtp.url;
    const r = await w.h.as('MARKETING')(SEND, {
      a: gid('MarketingAction', actionId),
      c: gid('Contact', c.consenting!),
      to: ' Staff@Shop.Example ',
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.sendTestMessage.to).toBe('staff@shop.example');
    expect(smtp.received).toHaveLength(1);
    const { to, mail } = smtp.received[0]!;
    expect(to).toEqual(['staff@shop.example']);
    expect(mail.subject).toBe('[TEST] Hello Zoé');
    expect(mail.from?.value).toEqual([{ name: 'Fidele Shop', address: 'news@shop.example' }]);
    expect(mail.text?.trim()).toBe('Dear Zoé');
    expect(mail.html).toContain('<p>Dear Zoé</p>');
    expect(mail.messageId).toBe(r.data.sendTestMessage.messageId);
    expect(await w.h.t.db.messageDelivery.count()).toBe(0);
    expect(await w.h.t.db.caughtMail.count()).toBe(0);
    // The mutation is in the audit log, with its arguments.
    const audit = await w.h.t.db.auditLog.findMany({ where: { operationName: 'TestSend' } });
    expect(audit.length).toBeGreaterThan(0);
  });

  it('refuses with codes: no consent, hidden contact, bad address, roles that may not edit actions', async () => {
    process.env.FIDELE_MAIL = 'smtp';
    process.env.FIDELE_SMTP_URL = smtp.url;
    const send = (contactId: number, to = 'staff@shop.example', role: 'MARKETING' | 'SALES' = 'MARKETING') =>
      w.h.as(role)(SEND, { a: gid('MarketingAction', actionId), c: gid('Contact', contactId), to });
    const code = async (p: ReturnType<typeof send>) => (await p).errors?.[0]?.extensions.code;
    expect(await code(send(c.none!))).toBe('CONSENT_REQUIRED');
    expect(await code(send(999_999))).toBe('NOT_FOUND');
    expect((await send(c.consenting!, 'not an address')).errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      fields: [{ path: ['to'], code: 'INVALID_EMAIL', message: 'not a valid e-mail address' }],
    });
    expect(await code(send(c.consenting!, 'staff@shop.example', 'SALES'))).toBe('FORBIDDEN');
    expect(smtp.received).toHaveLength(1);
  });

  it('catches the message in development (catch mode); caughtMails lists it for admins and marketing only', async () => {
    process.env.FIDELE_MAIL = 'catch';
    const r = await w.h.as('ADMIN', 'marketing')(SEND, {
      a: gid('MarketingAction', actionId),
      c: gid('Contact', c.consenting!),
      to: 'admin@shop.example',
    });
    expect(r.errors).toBeUndefined();
    const list = await w.h.as('MARKETING')(
      '{ caughtMails(first: 10) { edges { node { recipient subject raw createdAt } } } }',
    );
    expect(list.errors).toBeUndefined();
    const [mail] = list.data.caughtMails.edges.map((e: any) => e.node);
    expect(mail).toMatchObject({ recipient: 'admin@shop.example', subject: '[TEST] Hello Zoé' });
    // The raw message is the one that would have been sent: it parses back to the same subject and text.
    const parsed = await simpleParser(mail.raw);
    expect([parsed.subject, parsed.text?.trim(), parsed.to && 'text' in parsed.to ? parsed.to.text : null]).toEqual([
      '[TEST] Hello Zoé',
      'Dear Zoé',
      'admin@shop.example',
    ]);
    const sales = await w.h.as('SALES')('{ caughtMails(first: 10) { edges { node { subject } } } }');
    expect(sales.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
