import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where documents live: FIDELE_DOCUMENTS_DIR (default ./data/documents, from the working directory). Read at each use
 * so a deployment (or a test) can point it elsewhere. Files are named by a random storage key, never by the user's
 * file name, so no name can escape the folder or collide.
 */
export const documentsDir = () => path.resolve(process.env.FIDELE_DOCUMENTS_DIR ?? 'data/documents');

/** The largest document accepted, in bytes: FIDELE_DOCUMENTS_MAX_BYTES. @default 10 MiB */
export const maxDocumentBytes = () => {
  const n = Number(process.env.FIDELE_DOCUMENTS_MAX_BYTES);
  return Number.isSafeInteger(n) && n > 0 ? n : 10 * 1024 * 1024;
};

/** A new storage key: 32 hex characters. */
export const newStorageKey = () => randomBytes(16).toString('hex');

const KEY = /^[0-9a-f]{32}$/;

/** The file of a storage key (two-level fan-out keeps folders small). */
export function storagePath(key: string): string {
  if (!KEY.test(key)) throw new Error('invalid storage key');
  return path.join(documentsDir(), key.slice(0, 2), key);
}

/** A temporary file in the documents folder (same file system, so the final rename is atomic). */
export async function tempPath(): Promise<string> {
  const dir = path.join(documentsDir(), 'tmp');
  await mkdir(dir, { recursive: true });
  return path.join(dir, `${randomBytes(12).toString('hex')}.part`);
}

export async function moveIntoPlace(temp: string, key: string) {
  const target = storagePath(key);
  await mkdir(path.dirname(target), { recursive: true });
  await rename(temp, target);
}

/**
 * Removes stored files; a file already gone is fine (deletion is idempotent), and a key this store never issues
 * (a row written by hand or by another store) names no file here.
 */
export async function removeFiles(keys: readonly string[]) {
  await Promise.all(keys.filter((k) => KEY.test(k)).map((k) => rm(storagePath(k), { force: true })));
}
