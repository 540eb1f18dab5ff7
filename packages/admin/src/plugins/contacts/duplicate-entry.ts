import { isFideleError } from '@fidele/sdk';
import { HttpError } from 'react-admin';

/** How one field compared (the server's explained score: contacts/quality). */
export interface DuplicateMatch {
  field: string;
  method: string;
  similarity: number;
  weight: number;
}

/** A contact the new one may duplicate, as `DUPLICATE_SUSPECTED` / `DUPLICATE_EMAIL` carry it. */
export interface DuplicateCandidate {
  id: string;
  score: number;
  exactEmail: boolean;
  matches: DuplicateMatch[];
}

/** What the create form shows in its dialog. */
export interface DuplicateFound {
  code: 'DUPLICATE_SUSPECTED' | 'DUPLICATE_EMAIL';
  threshold: number;
  candidates: DuplicateCandidate[];
  /** The values of the refused save, resent with the decision. */
  data?: Record<string, unknown>;
}

const duplicateCodes = ['DUPLICATE_SUSPECTED', 'DUPLICATE_EMAIL'];

/**
 * Runs a create, rethrowing a duplicates answer as an HttpError (409) whose body carries the candidates, so that
 * the form's error handler (`duplicateFound`) can open the dialog; any other error goes through unchanged.
 */
export async function duplicateErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (!isFideleError(e) || !duplicateCodes.includes(e.code)) throw e;
    const entry = e.errors.find((x) => duplicateCodes.includes(x.code))!;
    const ext = (entry.extensions ?? {}) as { threshold?: number; candidates?: DuplicateCandidate[] };
    throw new HttpError(entry.message, 409, {
      code: entry.code,
      threshold: ext.threshold ?? 0,
      candidates: ext.candidates ?? [],
    });
  }
}

/** The duplicates answer an error carries, or null for any other error. */
export function duplicateFound(error: unknown): DuplicateFound | null {
  const body = (error as { body?: Partial<DuplicateFound> } | null)?.body;
  if (!body || !duplicateCodes.includes(body.code ?? '')) return null;
  return { code: body.code!, threshold: body.threshold ?? 0, candidates: body.candidates ?? [] };
}
