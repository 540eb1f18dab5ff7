import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Context } from '../kernel/context.js';
import type { Db } from '../kernel/db/client.js';
import { ApiError, validationError, fieldProblem, type FieldProblem } from '../kernel/errors.js';
import { fieldMessage } from '../kernel/field-messages.js';
import type { ApiCapability } from '../generated/sqlite/enums.js';
import { loadPurposes, purposeIn } from '../privacy/consent/purpose.service.js';
import { PARTNER_SHARING_PURPOSE, type PartnerPrincipal } from '../kernel/principal.js';
import type { KeyRateLimiter } from './rate-limit.js';

/** The header a partner application sends its key in. */
export const API_KEY_HEADER = 'x-api-key';

/**
 * Key format: `fid_<prefix>_<secret>`. The prefix (12 hex characters) is stored in clear to find the row; the
 * secret (32 random bytes, base64url) never is: only an argon2id hash of the whole key.
 */
const KEY_PATTERN = /^fid_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export function generateApiKey(): { key: string; prefix: string } {
  const prefix = randomBytes(6).toString('hex');
  return { key: `fid_${prefix}_${randomBytes(32).toString('base64url')}`, prefix };
}

const sha256 = (s: string) => createHash('sha256').update(s).digest();

/**
 * Checks an API key and returns the partner behind it. Unknown, malformed, expired and revoked keys all answer
 * UNAUTHENTICATED with the same message (the API does not reveal which keys exist). A key over its rate limit is
 * RATE_LIMITED (HTTP 429, `Retry-After`).
 *
 * argon2 is deliberately slow; `verified` (per API instance) remembers the SHA-256 of keys already verified so
 * that only a key's first request pays for it. It caches the secret's check only, never the key's state: the row
 * is read on every request, so a revocation or an expiry applies to the very next request on every instance. The
 * rate limit counts in `limiter`, shared by every instance when a Redis store is set (rate-limit-store.ts).
 */
export async function principalFromApiKey(
  db: Db,
  key: string,
  limiter: KeyRateLimiter,
  verified: Map<string, Buffer>,
  now: Date,
): Promise<PartnerPrincipal> {
  const refuse = () => new ApiError('UNAUTHENTICATED', 'Invalid, expired or revoked API key.');
  const match = KEY_PATTERN.exec(key.trim());
  if (!match) throw refuse();
  const prefix = match[1]!;
  const row = await db.apiKey.findUnique({
    where: { prefix },
    select: {
      id: true,
      name: true,
      keyHash: true,
      rateLimitPerMinute: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      brands: { select: { brandId: true } },
      purposes: { select: { purpose: { select: { code: true } } } },
    },
  });
  if (!row) throw refuse();
  const digest = sha256(key.trim());
  const known = verified.get(prefix);
  const ok = known ? timingSafeEqual(known, digest) : await verify(row.keyHash, key.trim()).catch(() => false);
  if (!ok) throw refuse();
  verified.set(prefix, digest);
  if (row.revokedAt && row.revokedAt <= now) throw refuse();
  if (row.expiresAt && row.expiresAt <= now) throw refuse();
  const { allowed, retryAfterSeconds } = await limiter.hit(`api-key:${row.id}`, row.rateLimitPerMinute, now.getTime());
  if (!allowed) {
    throw new ApiError(
      'RATE_LIMITED',
      `Rate limit of ${row.rateLimitPerMinute} requests a minute reached; retry in ${retryAfterSeconds} s.`,
      {
        retryAfterSeconds,
        http: { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
      },
    );
  }
  // One write a minute at most per key, not one per request.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  const sharing = purposeIn(await loadPurposes(db), PARTNER_SHARING_PURPOSE);
  return {
    kind: 'partner',
    apiKeyId: row.id,
    name: row.name,
    brandIds: row.brands.map((b) => b.brandId),
    purposeCodes: row.purposes.map((p) => p.purpose.code),
    sharing,
  };
}

export interface ApiKeyCreate {
  name: string;
  brandIds: number[];
  purposeIds: number[];
  /** @default 60 */
  rateLimitPerMinute?: number | null;
  expiresAt?: Date | null;
  /**
   * What the key may do beyond reading the contacts of its brands (`RECORD_SALES`: the inbound sales route).
   * Granted explicitly: a key records nothing unless given the capability.
   * @default []
   */
  capabilities?: ApiCapability[];
}

/** Creates a key and returns it in clear, once: only its hash is stored. */
export async function createApiKey(ctx: Context, input: ApiKeyCreate) {
  const problems: FieldProblem[] = [];
  if (!input.name.trim()) problems.push(fieldProblem(['input', 'name'], fieldMessage('REQUIRED')));
  if (input.rateLimitPerMinute != null && (input.rateLimitPerMinute < 1 || input.rateLimitPerMinute > 100_000)) {
    problems.push(fieldProblem(['input', 'rateLimitPerMinute'], fieldMessage('BETWEEN', { min: 1, max: 100_000 })));
  }
  if (input.expiresAt && input.expiresAt <= ctx.now)
    problems.push(fieldProblem(['input', 'expiresAt'], fieldMessage('MUST_BE_IN_FUTURE')));
  if (!input.purposeIds.length)
    problems.push(fieldProblem(['input', 'purposes'], fieldMessage('AT_LEAST_ONE_PURPOSE')));
  if (!input.brandIds.length) problems.push(fieldProblem(['input', 'brands'], fieldMessage('AT_LEAST_ONE_BRAND')));
  const [brands, purposes] = await Promise.all([
    ctx.db.brand.count({ where: { id: { in: input.brandIds } } }),
    ctx.db.purpose.count({ where: { id: { in: input.purposeIds } } }),
  ]);
  if (brands !== new Set(input.brandIds).size)
    problems.push(fieldProblem(['input', 'brands'], fieldMessage('UNKNOWN_BRAND')));
  if (purposes !== new Set(input.purposeIds).size)
    problems.push(fieldProblem(['input', 'purposes'], fieldMessage('UNKNOWN_PURPOSE')));
  if (problems.length) throw validationError(problems);
  const { key, prefix } = generateApiKey();
  const apiKey = await ctx.db.apiKey.create({
    data: {
      name: input.name.trim(),
      prefix,
      keyHash: await hash(key),
      rateLimitPerMinute: input.rateLimitPerMinute ?? 60,
      expiresAt: input.expiresAt ?? null,
      createdById: ctx.principal?.userId ?? null,
      brands: { create: [...new Set(input.brandIds)].map((brandId) => ({ brandId })) },
      purposes: { create: [...new Set(input.purposeIds)].map((purposeId) => ({ purposeId })) },
      capabilities: { create: [...new Set(input.capabilities ?? [])].map((capability) => ({ capability })) },
    },
  });
  return { key, apiKey };
}

/** Does this key hold the capability? Read on every request, so a grant or a removal applies to the next one. */
export async function hasCapability(db: Db, apiKeyId: number, capability: ApiCapability): Promise<boolean> {
  return (await db.apiKeyCapability.count({ where: { apiKeyId, capability } })) > 0;
}

/** Revokes a key from now on; revoking a revoked key keeps its first revocation date. */
export async function revokeApiKey(ctx: Context, id: number) {
  const row = await ctx.db.apiKey.findUnique({ where: { id }, select: { revokedAt: true } });
  if (!row) throw new ApiError('NOT_FOUND', 'API key not found.');
  if (row.revokedAt) return ctx.db.apiKey.findUniqueOrThrow({ where: { id } });
  return ctx.db.apiKey.update({ where: { id }, data: { revokedAt: ctx.now, version: { increment: 1 } } });
}
