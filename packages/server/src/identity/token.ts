import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

/**
 * Signed, short-lived access tokens (HS256). The key comes from FIDELE_TOKEN_SECRET (required when several API
 * instances share logins); without it each process makes a random key, so tokens end with the process.
 */
const ISSUER = 'fidele';
export const TOKEN_TTL_SECONDS = 60 * 60;

/**
 * What is wrong with a token secret for production, or null. Unset is the development default (a random key per
 * process); too short or with few distinct characters (`xxxx...`, `changeme` repeated) is a placeholder, not a key.
 */
export function tokenSecretProblem(secret: string | undefined): string | null {
  if (!secret)
    return 'FIDELE_TOKEN_SECRET is not set (the default: a random key per process); set at least 32 random characters';
  if (secret.length < 32) return 'FIDELE_TOKEN_SECRET must be at least 32 characters';
  if (new Set(secret).size < 10)
    return 'FIDELE_TOKEN_SECRET looks like a placeholder (fewer than 10 distinct characters)';
  return null;
}

let key: Uint8Array | undefined;
function signingKey(): Uint8Array {
  if (!key) {
    const secret = process.env.FIDELE_TOKEN_SECRET;
    if (secret !== undefined && secret.length < 32)
      throw new Error('FIDELE_TOKEN_SECRET must be at least 32 characters');
    key = secret ? new TextEncoder().encode(secret) : randomBytes(32);
  }
  return key;
}

export async function issueToken(userId: number, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const iat = Math.floor(now.getTime() / 1000);
  const expiresAt = new Date((iat + TOKEN_TTL_SECONDS) * 1000);
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setSubject(String(userId))
    .setIssuedAt(iat)
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(signingKey());
  return { token, expiresAt };
}

/**
 * The user id of a valid token and when it was issued (epoch milliseconds, to the second), or null for a forged,
 * expired or malformed one.
 */
export async function verifyToken(token: string): Promise<{ userId: number; issuedAt: number } | null> {
  try {
    const { payload } = await jwtVerify(token, signingKey(), { issuer: ISSUER, algorithms: ['HS256'] });
    const id = Number(payload.sub);
    const issuedAt = (payload.iat ?? 0) * 1000;
    return Number.isInteger(id) && id > 0 ? { userId: id, issuedAt } : null;
  } catch {
    return null;
  }
}
