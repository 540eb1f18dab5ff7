import type { IncomingMessage } from 'node:http';

/**
 * The public pages' HTML: small, accessible (a language, a title, a main landmark, labelled controls, visible focus),
 * usable without JavaScript or cookies. Every value from the database or the request goes through `esc`.
 */
export type PageLanguage = 'fr' | 'en';

/** The contact's language when it is French or English, otherwise the browser's (Accept-Language), else French. */
export function pageLanguage(req: IncomingMessage, contactLanguage?: string | null): PageLanguage {
  if (contactLanguage === 'FR') return 'fr';
  if (contactLanguage === 'EN') return 'en';
  const ranked = String(req.headers['accept-language'] ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? 1);
      return { tag: tag!.split('-')[0]!, q: Number.isFinite(q) ? q : 0 };
    })
    .filter((l) => l.tag === 'fr' || l.tag === 'en')
    .sort((a, b) => b.q - a.q);
  return (ranked[0]?.tag as PageLanguage) ?? 'fr';
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (value: unknown) => String(value ?? '').replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);

const STYLE = `body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
h1{font-size:1.5rem}fieldset{border:1px solid #bbb;border-radius:6px;margin:1rem 0;padding:.5rem 1rem}
label{display:block;margin:.5rem 0}.hint{color:#555;font-size:.9rem;margin:0 0 .5rem 1.7rem}
button{font-size:1rem;padding:.5rem 1.2rem;border-radius:6px;border:1px solid #0b57d0;background:#0b57d0;color:#fff;cursor:pointer}
:focus-visible{outline:3px solid #e8a400;outline-offset:2px}input[type=email],input[type=text]{font-size:1rem;padding:.3rem;width:100%;box-sizing:border-box}
.status{padding:.5rem 1rem;border-radius:6px;background:#e6f4ea}`;

/** A whole page: `body` is already escaped HTML. */
export function page(lang: PageLanguage, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${esc(title)}</title><style>${STYLE}</style></head><body><main><h1>${esc(title)}</h1>${body}</main></body></html>`;
}

/** A form with one button, posting back to the page's own URL (`action` is already a path). */
export const buttonForm = (action: string, token: string, label: string, extra = '') =>
  `<form method="post" action="${esc(action)}"><input type="hidden" name="token" value="${esc(token)}">${extra}<button type="submit">${esc(label)}</button></form>`;

/** The page of a refused link: the same for an unknown, tampered or expired token (no hint which). */
export const notFoundPage = (lang: PageLanguage) =>
  page(lang, t[lang].notFoundTitle, `<p>${esc(t[lang].notFound)}</p>`);

/** Every text of the public pages, French and English. */
export const t = {
  fr: {
    notFoundTitle: 'Lien introuvable',
    notFound: "Ce lien n'est pas valide ou a expiré. Utilisez le lien d'un message plus récent.",
    unsubscribeTitle: 'Se désabonner',
    unsubscribeAsk: (purpose: string) => `Vous ne recevrez plus de messages pour : ${purpose}.`,
    unsubscribeButton: 'Me désabonner',
    unsubscribedTitle: 'Désabonnement confirmé',
    unsubscribed: (purpose: string) => `C'est fait : vous ne recevrez plus de messages pour : ${purpose}.`,
    preferencesTitle: 'Vos préférences',
    purposesLegend: 'Ce que vous acceptez de recevoir',
    channelsLegend: 'Comment nous pouvons vous contacter',
    save: 'Enregistrer mes choix',
    saved: 'Vos choix sont enregistrés.',
    noPurposes: 'Aucun abonnement à gérer pour le moment.',
    media: { EMAIL: 'E-mail', SMS: 'SMS', MAILING: 'Courrier postal', TELEMARKETING: 'Téléphone' } as Record<
      string,
      string
    >,
    subscribeTitle: "S'inscrire",
    email: 'Adresse e-mail',
    firstName: 'Prénom (facultatif)',
    subscribeButton: "M'inscrire",
    checkInbox:
      'Merci ! Si cette adresse peut recevoir nos messages, un e-mail de confirmation vient de lui être envoyé : cliquez sur son lien pour confirmer votre inscription.',
    checkInboxTitle: 'Vérifiez votre messagerie',
    confirmTitle: 'Confirmer votre inscription',
    confirmAsk: (purpose: string) => `Confirmez-vous votre inscription à : ${purpose} ?`,
    confirmButton: 'Je confirme',
    confirmedTitle: 'Inscription confirmée',
    confirmed: (purpose: string) => `Merci, votre inscription à « ${purpose} » est confirmée.`,
    mailSubject: (purpose: string) => `Confirmez votre inscription : ${purpose}`,
    mailText: (purpose: string, url: string) =>
      `Bonjour,\n\nPour confirmer votre inscription à « ${purpose} », ouvrez ce lien puis cliquez sur « Je confirme » :\n${url}\n\nCe lien expire dans 7 jours. Si vous n'avez rien demandé, ignorez ce message : rien ne sera fait.\n`,
  },
  en: {
    notFoundTitle: 'Link not found',
    notFound: 'This link is not valid or has expired. Use the link of a more recent message.',
    unsubscribeTitle: 'Unsubscribe',
    unsubscribeAsk: (purpose: string) => `You will no longer receive messages for: ${purpose}.`,
    unsubscribeButton: 'Unsubscribe me',
    unsubscribedTitle: 'Unsubscribed',
    unsubscribed: (purpose: string) => `Done: you will no longer receive messages for: ${purpose}.`,
    preferencesTitle: 'Your preferences',
    purposesLegend: 'What you agree to receive',
    channelsLegend: 'How we may contact you',
    save: 'Save my choices',
    saved: 'Your choices are saved.',
    noPurposes: 'No subscription to manage for now.',
    media: { EMAIL: 'E-mail', SMS: 'Text message (SMS)', MAILING: 'Post', TELEMARKETING: 'Phone' } as Record<
      string,
      string
    >,
    subscribeTitle: 'Sign up',
    email: 'E-mail address',
    firstName: 'First name (optional)',
    subscribeButton: 'Sign me up',
    checkInbox:
      'Thank you! If this address can receive our messages, a confirmation e-mail has just been sent to it: follow its link to confirm your sign-up.',
    checkInboxTitle: 'Check your inbox',
    confirmTitle: 'Confirm your sign-up',
    confirmAsk: (purpose: string) => `Do you confirm your sign-up to: ${purpose}?`,
    confirmButton: 'I confirm',
    confirmedTitle: 'Sign-up confirmed',
    confirmed: (purpose: string) => `Thank you, your sign-up to "${purpose}" is confirmed.`,
    mailSubject: (purpose: string) => `Confirm your sign-up: ${purpose}`,
    mailText: (purpose: string, url: string) =>
      `Hello,\n\nTo confirm your sign-up to "${purpose}", open this link and press "I confirm":\n${url}\n\nThe link expires in 7 days. If you did not ask for anything, ignore this message: nothing will happen.\n`,
  },
} as const;
