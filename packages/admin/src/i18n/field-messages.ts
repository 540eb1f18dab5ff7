import {
  type FieldMessageCode,
  type FieldParamValue,
  fieldMessageTemplates,
  fieldMessageValueParams,
} from '../../../server/src/kernel/field-messages';
import type { FideleLocale, Messages } from '../plugin';
import { enumMessages } from './enum-messages';

/**
 * The texts of the server's field-message codes (packages/server/src/kernel/field-messages.ts, issue 21), shown
 * under a form's inputs: `toRaError` sends each field problem as the key `fidele.validation.<CODE>` with the
 * problem's parameters (and the server's English line as the fallback for a code this admin does not know yet).
 * The English texts are the server's templates, imported (the catalogue imports nothing, so the bundle takes it
 * whole), but for the few the admin words otherwise; the French ones are typed by the catalogue, so a code without
 * its French text fails the typecheck. `field-messages.test.ts` checks that both texts use the same parameters.
 */
type FieldLabels = Record<FieldMessageCode, string>;

/** Where the admin words a code otherwise than the server's template: a value's label quoted in the sentence. */
const enOverrides: Partial<FieldLabels> = {
  REQUIRED_FOR: 'required for “%{kind}”',
  NOT_A_TRIGGER_PARAMETER: 'not a parameter of “%{kind}”',
  ONLY_FOR_CONTACT_KIND: 'only for contacts of kind “%{kind}”',
  ACTION_TAKES_NO_TARGETS: 'the action is “%{status}”: it takes no more targets',
  ACTION_SENDS_NOTHING: 'the action is “%{status}”: it sends nothing',
  NO_SENDING_CHANNEL: 'no channel of this deployment sends “%{medium}”',
  NO_MESSAGE_CHANNEL: 'a “%{medium}” action sends no message',
  CALL_LIST_MEDIUM: 'a call list is for a telemarketing action, not “%{medium}”',
  ACTIVITY_STATUS_FINAL: 'a “%{status}” activity keeps its status; only a planned one becomes done or cancelled',
  ROLE_CANNOT_TAKE_WORK: 'a user of the “%{role}” role cannot take this work',
  ROLE_MAY_NOT_WRITE_FIELD: 'the “%{role}” role may not write the confidential field %{field}',
  ACTIVE_USER_OF_ROLE: 'an active user of the “%{role}” role',
  ONLY_FOR_QUESTION_TYPE: 'only for a “%{type}” question',
  NOT_FOR_QUESTION_TYPE: 'not for a “%{type}” question',
  SURVEY_STATUS_NOT_DRAFT: 'the survey is “%{status}”: only a draft survey can be changed',
  SURVEY_STATUS_NOT_OPEN: 'the survey is “%{status}”: only an open survey can be closed',
};

const en: FieldLabels = { ...fieldMessageTemplates, ...enOverrides };

const fr: FieldLabels = {
  REQUIRED: 'obligatoire',
  REQUIRED_FOR: 'obligatoire pour le type « %{kind} »',
  REQUIRED_WITH: 'obligatoire avec %{field}',
  REQUIRED_MAX_LENGTH: 'obligatoire, %{max} caractères au plus',
  NOT_BLANK: 'ne doit pas être vide',
  TEXT_EXPECTED: 'texte attendu',
  TOO_LONG: '%{max} caractères au plus',
  TOO_SHORT: 'au moins %{min} caractères',
  ONE_LINE: 'une seule ligne',
  CODE_LENGTH: 'un code de %{min} à %{max} caractères',
  NAME_LENGTH: 'un nom de %{min} à %{max} caractères',
  TITLE_LENGTH: 'un titre de %{min} à %{max} caractères',
  SUBJECT_LENGTH: 'un objet de %{min} à %{max} caractères',
  LABEL_LENGTH: 'un libellé de %{min} à %{max} caractères',
  INVALID_UNICODE: 'contient de l’Unicode invalide (un demi-caractère isolé)',
  CONTROL_CHARACTER: 'contient un caractère de contrôle',
  CONTROL_CHARACTER_OR_LINE_BREAK: 'contient un caractère de contrôle ou un saut de ligne',
  ONE_OF: 'l’une des valeurs : %{options}',
  EMAIL_EXPECTED: 'une adresse e-mail valide',
  EMAIL_OR_PHONE_REQUIRED: 'une adresse e-mail ou un numéro de téléphone est obligatoire',
  INTEGER: 'un nombre entier',
  INTEGER_RANGE: 'un nombre entier de %{min} à %{max}',
  WHOLE_NUMBER: 'pas un nombre entier',
  NOT_A_NUMBER: 'pas un nombre',
  BETWEEN: 'entre %{min} et %{max}',
  RANGE: 'de %{min} à %{max}',
  DAYS_RANGE: 'de %{min} à %{max} jours',
  AT_LEAST: 'au moins %{min}',
  AT_MOST: '%{max} au plus',
  WHOLE_PERCENT: 'un pourcentage entier de %{min} à %{max}',
  NOT_NEGATIVE: 'ne doit pas être négatif',
  NOT_DECIMAL: 'pas un nombre décimal',
  TWO_DECIMALS: 'deux décimales au plus',
  TOO_LARGE: 'trop grand',
  MIN_ABOVE_MAX: 'le minimum ne doit pas dépasser le maximum',
  AT_LEAST_FIELD: 'doit être au moins égal à %{field}',
  NOT_A_DATE: 'pas une date',
  DATE_WINDOW: 'doit être entre le %{min} et le %{max}',
  NOT_IN_FUTURE: 'pas dans le futur',
  AFTER_FIELD: 'après %{field}',
  MUST_COME_AFTER: 'doit venir après %{field}',
  NOT_AFTER_FIELD: '%{from} ne doit pas être après %{to}',
  AT_OR_BEFORE_FIELD: 'au plus tard à %{field}',
  AT_OR_BEFORE_DUE_DATE: 'au plus tard à l’échéance',
  PERIOD_TOO_LONG: 'une période de dix ans au plus',
  RANGE_TOO_LONG: 'une plage de %{max} jours au plus',
  UNKNOWN_ID: 'identifiant inconnu',
  UNKNOWN_BRAND: 'marque inconnue',
  UNKNOWN_OR_FOREIGN_BRAND: 'marque inconnue, ou hors de vos marques',
  UNKNOWN_OR_FOREIGN_ZONE: 'zone inconnue, ou hors de vos zones',
  NOT_YOUR_BRAND: 'pas l’une de vos marques',
  UNKNOWN_STAFF_USER: 'utilisateur inconnu',
  UNKNOWN_ACTION: 'action marketing inconnue',
  UNKNOWN_CONTACT: 'contact inconnu',
  UNKNOWN_PRODUCT: 'produit inconnu',
  UNKNOWN_PRODUCT_CODE: 'code produit « %{code} » inconnu',
  UNKNOWN_PRODUCT_CATEGORY: 'catégorie de produits inconnue',
  UNKNOWN_CATEGORY_CODE: 'catégorie de produits « %{code} » inconnue',
  UNKNOWN_PURPOSE: 'finalité inconnue ou inactive',
  UNKNOWN_PURPOSE_CODE: 'finalité « %{code} » inconnue',
  PURPOSE_CODE_REQUIRED: 'indiquez le code d’une finalité',
  UNKNOWN_TARGET: 'cible inconnue',
  UNKNOWN_EVENT: 'événement inconnu (l’un de : %{events})',
  DUPLICATE_ACTION_CODE: 'une autre action a ce code',
  DUPLICATE_PRODUCT_CODE: 'un autre produit a ce code',
  DUPLICATE_EXTERNAL_REF: 'une autre vente a cette référence externe',
  CONTACT_DELETED: 'le contact est supprimé',
  RESTRICTED: 'le contact est supprimé ou fusionné',
  OUT_OF_SCOPE: 'le contact n’est pas de la marque de l’action',
  NAME_OR_COMPANY_REQUIRED: 'un contact a un nom ou une raison sociale',
  ONLY_FOR_CONTACT_KIND: 'seulement pour les contacts de type « %{kind} »',
  INVALID_COUNTRY: 'code pays ISO 3166-1 à deux lettres attendu, par exemple FR',
  INVALID_EMAIL: 'pas une adresse e-mail valide',
  INVALID_PHONE: 'pas un numéro de téléphone valide pour %{country} (ou au format international +…)',
  INVALID_POSTAL_CODE: 'un code postal français a 5 chiffres',
  UNKNOWN_POSTAL_CODE: 'aucune commune n’a le code postal %{postalCode}',
  CITY_MISMATCH: '« %{city} » n’est pas une commune du %{postalCode}',
  ACTION_ENDS_BEFORE_START: 'l’action ne peut pas finir avant de commencer',
  ACTION_TAKES_NO_TARGETS: 'l’action est au statut « %{status} » : elle ne prend plus de cibles',
  ACTION_SENDS_NOTHING: 'l’action est au statut « %{status} » : elle n’envoie rien',
  ACTION_HAS_NO_MESSAGE: 'l’action n’a pas de message à envoyer : rédigez-le d’abord',
  ACTION_HAS_NO_TARGET: 'l’action n’a pas de cible : ciblez-la d’abord',
  NO_SENDING_CHANNEL: 'aucun canal de ce déploiement n’envoie le média « %{medium} »',
  CHANNEL_NOT_OFFERED: 'l’action n’offre pas ce canal (elle offre %{offered})',
  CONTACT_REQUIRED: 'indiquez au moins un contact',
  SEGMENT_OR_CONTACTS: 'indiquez soit un segment, soit une liste de contacts',
  RESPONSE_BEFORE_TARGETING: 'une réponse ne peut pas précéder le ciblage',
  RESPONSE_IN_FUTURE: 'une réponse ne peut pas être dans le futur',
  ONLY_WITH_PREVIOUS_ACTION: 'seulement avec une action précédente',
  FOLLOW_UP_OTHER_BRAND: 'une relance est de la même marque que l’action précédente',
  FOLLOW_UP_TOO_EARLY: 'une relance ne peut pas commencer avant l’action précédente',
  FOLLOW_UP_CYCLE: 'ce lien ferait un cycle de relances',
  SEQUENCE_TOO_LONG: 'une séquence a %{max} étapes au plus',
  PRESSURE_ALL_BRANDS_ADMIN_ONLY:
    'seul un administrateur peut plafonner toutes les marques : choisissez l’une des vôtres',
  SCORES_BRAND_REQUIRED: 'obligatoire : les scores se lisent marque par marque, choisissez l’une des vôtres',
  TRIGGER_BRAND_OF_ACTION: 'un déclencheur d’une action de marque a la marque de l’action',
  TRIGGER_NO_BRAND_ADMIN_ONLY: 'l’une de vos marques (un déclencheur sans marque est réservé aux administrateurs)',
  NOT_A_TRIGGER_PARAMETER: 'pas un paramètre du type « %{kind} »',
  SAME_SEGMENT: 'un changement va vers un autre segment que celui de départ',
  NO_MESSAGE_CHANNEL: 'une action du média « %{medium} » n’envoie pas de message',
  SMS_TOO_LONG: 'un SMS a %{max} caractères au plus',
  NOT_FOR_SMS: 'pas de champ « %{part} » dans un SMS',
  OUT_OF_RANGE: 'de %{min} à %{max} messages par minute',
  INVALID_SENDER: 'une adresse, avec un nom si besoin : Nom <adresse@example.com>',
  TEMPLATE_SYNTAX: '« %{text} » à la position %{at} n’est pas un champ de fusion bien formé {{nom}}',
  UNKNOWN_MERGE_FIELD: 'champ de fusion « %{name} » inconnu à la position %{at}',
  SALE_NEEDS_LINE: 'une vente a au moins une ligne',
  PRODUCT_OR_CODE: 'indiquez soit le produit, soit son code',
  SALE_BEFORE_CONVERTED_TARGETING: 'la vente convertit une cible : elle ne peut pas précéder le ciblage',
  TARGET_OF_OTHER_CONTACT: 'la cible n’est pas du même contact',
  TARGET_ALREADY_CONVERTED: 'la cible a déjà été convertie par une autre vente',
  SALE_BEFORE_TARGETING: 'la vente précède le ciblage',
  TARGET_OF_OTHER_ACTION: 'la cible est d’une autre action que l’action attribuée',
  TASK_LINK_REQUIRED: 'une tâche porte sur un contact, une action marketing ou les deux : indiquez-en au moins un',
  ONLY_FOR_DONE_TASK: 'seulement pour une tâche terminée',
  ONLY_FOR_DONE_ACTIVITY: 'seulement pour une activité réalisée',
  ONLY_FOR_PLANNED_ACTIVITY: 'seulement pour une activité planifiée',
  ACTIVITY_STATUS_FINAL:
    'une activité au statut « %{status} » le garde ; seule une activité prévue devient faite ou annulée',
  PLANNED_IN_FUTURE: 'une activité planifiée est dans le futur',
  CASE_STATUS_MOVE: 'un dossier %{from} peut passer à %{allowed}, pas à %{to}',
  UNKNOWN_ASSIGNEE: 'utilisateur inconnu ou inactif',
  ROLE_CANNOT_TAKE_WORK: 'un utilisateur du rôle « %{role} » ne peut pas prendre ce travail',
  ASSIGNEE_CANNOT_SEE_CONTACT: 'cet utilisateur ne peut pas voir le contact',
  ASSIGNEE_CANNOT_SEE_ACTION: 'cet utilisateur ne peut pas voir l’action marketing',
  SURVEY_NO_BRAND_ADMIN_ONLY: 'seul un administrateur peut créer une enquête sans marque',
  QUESTION_COUNT: 'de %{min} à %{max} questions',
  ONE_NPS_QUESTION: 'une question NPS au plus',
  CHOICE_OPTIONS: 'un choix a de 2 à 20 options de 1 à 100 caractères',
  DISTINCT_OPTIONS: 'les options doivent être distinctes',
  ONLY_FOR_QUESTION_TYPE: 'seulement pour une question de type « %{type} »',
  NOT_FOR_QUESTION_TYPE: 'pas pour une question de type « %{type} »',
  RATING_SCALE: 'une échelle de 2 à 10',
  NOT_A_SURVEY_QUESTION: 'pas une question de cette enquête',
  ANSWERED_TWICE: 'répondue deux fois',
  QUESTION_REQUIRED: 'la question %{position} (« %{label} ») est obligatoire',
  EVENT_REQUIRED: 'au moins un événement',
  NOT_ABSOLUTE_URL: 'pas une URL absolue',
  HTTP_URL_ONLY: 'seulement des URL http et https',
  URL_WITH_CREDENTIALS: 'pas de nom d’utilisateur ni de mot de passe dans l’URL',
  RECEIVER_NOT_PUBLIC:
    'pas une adresse publique : les destinataires doivent être publics, sauf s’ils sont listés dans FIDELE_WEBHOOK_ALLOW_HOSTS',
  RECEIVER_UNRESOLVED:
    'le nom d’hôte ne se résout pas : les destinataires doivent être publics, sauf s’ils sont listés dans FIDELE_WEBHOOK_ALLOW_HOSTS',
  RECEIVER_RESOLVES_PRIVATE:
    'le nom d’hôte mène à une adresse non publique : les destinataires doivent être publics, sauf s’ils sont listés dans FIDELE_WEBHOOK_ALLOW_HOSTS',
  COMMON_PASSWORD: 'trop courant : il figure dans des listes de mots de passe divulgués',
  PASSWORD_IS_EMAIL: 'ne doit pas être l’adresse e-mail',
  FEW_DISTINCT_CHARACTERS: 'au moins %{min} caractères différents',
  SALE_TOTAL_TOO_LARGE: 'le total ou la marge de la vente dépasse 9 999 999 999,99',
  ID_OR_CODE: 'indiquez l’identifiant ou le code',
  ID_OR_REFERENCE: 'indiquez soit l’identifiant, soit la référence',
  ACTION_HAS_TARGETS: 'des contacts ont été ciblés par cette action : annulez-la plutôt',
  CONTACT_ERASED: 'ce contact a été effacé : il ne peut pas être restauré',
  CLOSED_CASE_NOT_REASSIGNED: 'un dossier clos ne peut pas être réattribué',
  DOCUMENT_ONE_OWNER: 'rattachez le document à un seul contact ou une seule action',
  PASSWORD_UNCHANGED: 'doit différer du mot de passe actuel',
  INACTIVE_STAFF_USER: 'pas un utilisateur actif',
  DUPLICATE_REASON_REQUIRED: 'forcer un e-mail en double demande une raison',
  TARGET_CONVERTED: 'cette cible a été convertie en vente',
  MUST_BE_AFTER_FIELD: 'doit être après %{field}',
  GIVEN_TWICE: 'indiqué deux fois',
  KIND_OR_PURPOSE: 'indiquez un type de contact ou une finalité, pas les deux',
  MONTHS_RANGE: 'un nombre entier de mois de %{min} à %{max}',
  UNKNOWN_PURPOSES: 'finalité inconnue ou inactive : %{codes}',
  SURVEY_STATUS_NOT_DRAFT: 'l’enquête est au statut « %{status} » : seule une enquête en brouillon peut être modifiée',
  SURVEY_STATUS_NOT_OPEN: 'l’enquête est au statut « %{status} » : seule une enquête ouverte peut être close',
  SURVEY_PURPOSE_MISSING: 'la finalité « %{purpose} » sous laquelle les enquêtes sont envoyées n’est pas configurée',
  SURVEY_BRAND_REQUIRED: 'obligatoire (la marque au nom de laquelle parle l’enquête)',
  SURVEY_AUDIENCE: 'indiquez un seul élément parmi segment, contacts ou filtre',
  SURVEY_CLOSED: 'l’enquête est close',
  CALL_LIST_MEDIUM: 'une liste d’appels est pour une action de télémarketing, pas du média « %{medium} »',
  ASSIGNEE_COUNT: 'de %{min} à %{max} utilisateurs',
  ROLE_MAY_NOT_WRITE_FIELD: 'le rôle « %{role} » ne peut pas écrire le champ confidentiel %{field}',
  ACTIVE_USER_OF_ROLE: 'un utilisateur actif du rôle « %{role} »',
  REJECTION_REASON: 'dites pourquoi, en %{min} à %{max} caractères',

  // Request bodies, ids and cursors
  NOT_JSON: 'pas du JSON',
  INVALID_JSON: 'JSON non valide',
  JSON_OBJECT_REQUIRED: 'un objet JSON est attendu',
  OBJECT_EXPECTED: 'un objet est attendu',
  LIST_REQUIRED: 'une liste est attendue',
  NUMBER_EXPECTED: 'un nombre est attendu',
  NON_BLANK_TEXT: 'un texte non vide de %{max} caractères au plus',
  BODY_TOO_LARGE: 'plus de %{max} octets',
  INVALID_INPUT: 'valeur non valide : %{reason}',
  NOT_A_GLOBAL_ID: 'pas un identifiant global',
  CONTACT_REF_OR_ID: 'indiquez { "externalRef": ... } ou { "id": ... }',
  ID_OF_TYPE: 'un identifiant de %{typename} est attendu',
  GLOBAL_ID_OF_TYPE: 'un identifiant global de %{typename} est attendu',
  NOT_A_CURSOR: 'pas un curseur de cette liste',
  FORWARD_ONLY: 'les pages ne vont qu’en avant : utilisez first et after',
  DATE_SYNTAX: 'une date ou une date et heure ISO 8601 est attendue, par exemple 2026-11-22T10:00:00Z',
  NOT_A_CALENDAR_DATE: '%{date} n’est pas une date du calendrier',
  NOT_A_TIME_OF_DAY: 'pas une heure valide',
  NOT_A_UTC_OFFSET: 'pas un décalage UTC valide',
  DECIMAL_SYNTAX: 'un nombre décimal est attendu, par exemple "12.50"',
  FILE_NAME_HEADER: 'un nom de fichier de 1 à 255 caractères (en-tête encodé en URI)',

  // Imports and exports
  UNKNOWN_IMPORT_ENTITY: 'type d’import inconnu : %{entity}',
  IMPORT_KEY: 'la clé de %{entity} est l’une de : %{keys}',
  UNKNOWN_IMPORT_FIELD: 'champ « %{field} » inconnu pour %{entity} ; champs possibles : %{fields}',
  FILE_LARGER_THAN: 'le fichier dépasse %{size} : découpez-le',
  WORKBOOK_EXPANDS: 'le classeur décompressé dépasse %{size} : découpez-le ou enregistrez-le en CSV',
  WORKBOOK_TEXT_TABLE_EXPANDS:
    'la table des textes du classeur dépasse %{size} une fois décompressée : découpez-le ou enregistrez-le en CSV',
  GRAPHQL_EXPORT_TOO_LARGE:
    '%{rows} contacts : l’export GraphQL en donne %{max} au plus ; téléchargez les listes plus longues par GET /export/contacts',

  // Inbound reports and delivery events
  EVENTS_REQUIRED: 'une liste d’au moins un événement',
  TOO_MANY_EVENTS: '%{max} événements au plus par requête',
  NOT_A_READABLE_EMAIL: 'pas un e-mail lisible',
  REPORT_WITHOUT_MESSAGE_ID: 'aucun Original-Message-ID ni Message-ID renvoyé dans le rapport',
  REPORT_WITHOUT_RECIPIENT: 'aucun bloc de destinataire avec une Action dans le statut de remise',
  NOT_A_COMPLAINT: 'le type de retour « %{feedback} » n’est pas une plainte',
  NOT_A_REPORT: 'ni un avis de remise ni un signalement d’abus (multipart/report)',

  // Not found
  CONTACT_NOT_FOUND: 'contact introuvable',
  TRIGGER_NOT_FOUND: 'déclencheur introuvable',
  ACTION_NOT_FOUND: 'action commerciale introuvable',

  // Other refusals
  MUST_BE_IN_FUTURE: 'doit être dans le futur',
  AT_LEAST_ONE_PURPOSE: 'au moins une finalité',
  AT_LEAST_ONE_BRAND: 'au moins une marque',
  PURPOSE_COUNT: 'indiquez de %{min} à %{max} finalités',
  UNKNOWN_DOUBLE_OPT_IN_PURPOSE: 'finalité inconnue, ou sans double opt-in',
  NO_CONSENT: 'pas de consentement pour %{purpose}',
  ONLY_PURPOSE: 'uniquement %{purpose}',
  NOT_A_MAILING_ACTION: 'pas une action de publipostage',
  MERGE_INTO_ITSELF: 'un contact ne peut pas être fusionné avec lui-même',
  NOT_MERGEABLE_FIELD: 'champ non fusionnable : %{field}',
  POSTAL_CODE_PREFIX: 'lettres, chiffres, espaces et traits d’union, %{max} au plus',
  SEGMENT_CONTAINS_ITSELF: 'un segment ne peut pas se contenir lui-même',
  PRODUCT_SOLD: 'ce produit a été vendu : désactivez-le au lieu de le supprimer',
  SNAPSHOTS_SAME_BRAND: 'les deux instantanés doivent noter la même marque (ou toutes les deux toutes les marques)',
  SNAPSHOTS_ORDER: 'l’instantané le plus récent doit être daté après le plus ancien',
  BEFORE_FIELD: 'doit précéder %{field}',
  COHORT_PERIOD: '%{max} jours de premiers achats au plus',
  RATE_BELOW_ONE: 'au moins 0 et moins de 1',
  CALIBRATION_END: 'entre le %{first} et la veille du %{last}',
  NO_MESSAGE: 'l’action n’a pas de message',
  NO_CHANNEL_ADDRESS: 'le contact n’a pas d’adresse pour ce canal',
  UNKNOWN_EXPORT_COLUMN: 'colonne inconnue : %{column}',
  VERSION_REQUIRED_TO_CHANGE: 'obligatoire pour modifier un message existant',
};

/** The labels by locale, with the notification of a form the server refused. */
export const fieldLabels: Record<FideleLocale, FieldLabels> = { en, fr };

/** What an SMS lacks (NOT_FOR_SMS's `part`): the server names it in English. */
const smsParts: Record<FideleLocale, Record<string, string>> = {
  en: { subject: 'subject', 'HTML body': 'HTML body' },
  fr: { subject: 'objet', 'HTML body': 'corps HTML' },
};

type ValueCode = keyof typeof fieldMessageValueParams;

/** The labels of a closed list of values (fieldMessageValueParams): an API enum's, or the SMS parts. */
const valueLabels = (locale: FideleLocale, list: string): Record<string, string> =>
  list === 'SmsPart'
    ? smsParts[locale]
    : (enumMessages[locale].fidele.enum as Record<string, Record<string, string>>)[list]!;

/**
 * A code whose parameter names a value (fieldMessageValueParams) reads with the value's label, not the value:
 * `fidele.validationValue.<CODE>.<VALUE>` is the code's text with the label in place of the parameter, one key per
 * value. The other parameters stay placeholders.
 */
function valueTexts(locale: FideleLocale): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Object.entries(fieldMessageValueParams).map(([code, byParam]) => {
      const [param, list] = Object.entries(byParam)[0]!;
      const text = fieldLabels[locale][code as ValueCode];
      const labels = Object.entries(valueLabels(locale, list));
      return [code, Object.fromEntries(labels.map(([value, label]) => [value, text.replace(`%{${param}}`, label)]))];
    }),
  );
}

/** The translation key of a field problem: its code's, or its code's with the label of the value it names. */
export function fieldMessageKey(code: string, params: Readonly<Record<string, FieldParamValue>> = {}): string {
  const byParam = (fieldMessageValueParams as Record<string, Record<string, string>>)[code];
  const [param] = byParam ? Object.keys(byParam) : [];
  const value = param === undefined ? undefined : params[param];
  return value === undefined ? `fidele.validation.${code}` : `fidele.validationValue.${code}.${value}`;
}

export const fieldMessages: Record<FideleLocale, Messages> = {
  en: {
    fidele: {
      validation: { ...en, invalid: 'Some fields are invalid: see the messages under them.' },
      validationValue: valueTexts('en'),
    },
  },
  fr: {
    fidele: {
      validation: { ...fr, invalid: 'Certains champs sont invalides : voyez les messages sous chacun.' },
      validationValue: valueTexts('fr'),
    },
  },
};
