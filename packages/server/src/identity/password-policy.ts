import { createRequire } from 'node:module';
import type { dictionary } from '@zxcvbn-ts/language-common';
import { type FieldMessage, fieldMessage } from '../kernel/field-messages.js';

/**
 * The staff password policy (IDENTITY.md, SECURITY.md). Checked on every password a person chooses or is given
 * (creation, reset, change); never on login, where a refusal would tell which rule an old password breaks.
 */
export const PASSWORD_MIN_LENGTH = 12;
/** Longer input is refused before any hashing: argon2 of megabytes is work an attacker chooses. */
export const PASSWORD_MAX_LENGTH = 128;

const require = createRequire(import.meta.url);

/**
 * The most common passwords from public breach corpora, ranked (49,233 entries), as shipped offline by
 * @zxcvbn-ts/language-common (MIT, the maintained TypeScript port of Dropbox's zxcvbn). Only its word list is
 * used, not the strength estimator. Lower-cased into a Set on first use (a few milliseconds, once per process).
 */
let common: Set<string> | undefined;
/** The package's word lists take about 0.1 s to load: on first use, not with the server (BENCH.md, startup). */
const wordLists = () => (require('@zxcvbn-ts/language-common') as { dictionary: typeof dictionary }).dictionary;
const commonPasswords = () => (common ??= new Set(wordLists()['passwords-common'].map((p) => p.toLowerCase())));

/** Characters counted as a person sees them (code points), so an emoji is one, not two. */
const lengthOf = (s: string) => [...s].length;

/**
 * The reasons a password breaks the policy, empty when it is acceptable:
 * - 12 to 128 characters;
 * - not a common password, compared case-insensitively, also once stripped of the digits and symbols people
 *   put before or after a common word (`Password2024!`, `!!sunshine123`);
 * - not the e-mail, nor its part before the @;
 * - at least 5 different characters (`aaaaaaaaaaaa` is not a password).
 */
export function passwordProblems(password: string, email?: string | null): FieldMessage[] {
  const length = lengthOf(password);
  if (length < PASSWORD_MIN_LENGTH) return [fieldMessage('TOO_SHORT', { min: PASSWORD_MIN_LENGTH })];
  if (length > PASSWORD_MAX_LENGTH) return [fieldMessage('TOO_LONG', { max: PASSWORD_MAX_LENGTH })];
  const problems: FieldMessage[] = [];
  const lower = password.toLowerCase();
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/gu, '');
  if (commonPasswords().has(lower) || (lengthOf(core) >= 4 && commonPasswords().has(core)))
    problems.push(fieldMessage('COMMON_PASSWORD'));
  const mail = email?.trim().toLowerCase();
  if (mail && (lower === mail || lower === mail.split('@')[0])) problems.push(fieldMessage('PASSWORD_IS_EMAIL'));
  if (new Set(password).size < 5) problems.push(fieldMessage('FEW_DISTINCT_CHARACTERS', { min: 5 }));
  return problems;
}
