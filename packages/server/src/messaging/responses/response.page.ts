import { esc, page, type PageLanguage } from '../public/page.js';

/**
 * The hosted response form of an action (GET /respond/<code>) and its answers, French and English. The consent box
 * is never ticked in advance (GDPR art. 7: consent is an act); the action code travels in a hidden field and is
 * shown, so a reader can check it against the coupon.
 */
export const texts = {
  fr: {
    title: (name: string) => `Répondre : ${name}`,
    intro: 'Laissez-nous vos coordonnées : nous revenons vers vous.',
    firstName: 'Prénom',
    lastName: 'Nom',
    email: 'Adresse e-mail',
    phone: 'Téléphone (facultatif si vous donnez un e-mail)',
    postalCode: 'Code postal',
    code: 'Code de l’offre',
    consent: (purpose: string) => `J’accepte d’être contacté(e) pour : ${purpose}.`,
    consentHint: 'Facultatif. Vous pourrez changer d’avis à tout moment.',
    submit: 'Envoyer',
    thanksTitle: 'Merci !',
    thanks: 'Votre réponse est bien enregistrée.',
    invalidTitle: 'Formulaire incomplet',
    unknownTitle: 'Offre introuvable',
    unknown: 'Ce code ne correspond à aucune offre ouverte aux réponses.',
    back: 'Revenir au formulaire',
  },
  en: {
    title: (name: string) => `Respond: ${name}`,
    intro: 'Leave us your details: we will get back to you.',
    firstName: 'First name',
    lastName: 'Last name',
    email: 'E-mail address',
    phone: 'Phone (optional if you give an e-mail)',
    postalCode: 'Postal code',
    code: 'Offer code',
    consent: (purpose: string) => `I agree to be contacted for: ${purpose}.`,
    consentHint: 'Optional. You may change your mind at any time.',
    submit: 'Send',
    thanksTitle: 'Thank you!',
    thanks: 'Your response has been recorded.',
    invalidTitle: 'Incomplete form',
    unknownTitle: 'Offer not found',
    unknown: 'This code matches no offer open to responses.',
    back: 'Back to the form',
  },
} as const;

const input = (name: string, label: string, type: string, required: boolean, autocomplete: string) =>
  `<label>${esc(label)}<input type="${type}" name="${name}" autocomplete="${autocomplete}"${required ? ' required' : ''} maxlength="200"></label>`;

/** The form of an action: its name, the fields, the consent to its purpose (unticked) and its code. */
export function formPage(lang: PageLanguage, action: { code: string; name: string; purposeName: string }): string {
  const x = texts[lang];
  const body =
    `<p>${esc(x.intro)}</p>` +
    `<form method="post" action="/respond/${esc(encodeURIComponent(action.code))}">` +
    input('firstName', x.firstName, 'text', false, 'given-name') +
    input('lastName', x.lastName, 'text', true, 'family-name') +
    input('email', x.email, 'email', false, 'email') +
    input('phone', x.phone, 'text', false, 'tel') +
    input('postalCode', x.postalCode, 'text', true, 'postal-code') +
    `<label>${esc(x.code)}<input type="text" name="code" value="${esc(action.code)}" readonly></label>` +
    `<fieldset><label><input type="checkbox" name="consent" value="yes"> ${esc(x.consent(action.purposeName))}</label>` +
    `<p class="hint">${esc(x.consentHint)}</p></fieldset>` +
    `<input type="hidden" name="lang" value="${lang}"><button type="submit">${esc(x.submit)}</button></form>`;
  return page(lang, x.title(action.name), body);
}

/** The same page whoever answered: it never says whether the person was known. */
export const thanksPage = (lang: PageLanguage) =>
  page(lang, texts[lang].thanksTitle, `<p class="status" role="status">${esc(texts[lang].thanks)}</p>`);

export const unknownPage = (lang: PageLanguage) =>
  page(lang, texts[lang].unknownTitle, `<p>${esc(texts[lang].unknown)}</p>`);

/** The input's problems (field and message only: they are about what was typed, never about the data). */
export function invalidPage(lang: PageLanguage, code: string, problems: { path?: string[]; message: string }[]) {
  const items = problems.map((p) => `<li>${esc((p.path ?? []).join('.'))}: ${esc(p.message)}</li>`).join('');
  return page(
    lang,
    texts[lang].invalidTitle,
    `<ul role="alert">${items}</ul><p><a href="/respond/${esc(encodeURIComponent(code))}">${esc(texts[lang].back)}</a></p>`,
  );
}
