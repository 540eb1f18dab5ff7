import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/** One address a host name resolves to. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Turns a host name into its addresses (every one of them). Tests inject their own, so no test depends on DNS. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** The system resolver (getaddrinfo: /etc/hosts, then DNS), every address in the order the system gives them. */
export const systemResolver: HostResolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }));

/**
 * Where webhooks may go. By default only to public addresses, because the server itself makes the request: a
 * receiver URL naming 127.0.0.1, a private network or 169.254.169.254 would let an admin (or whoever stole an admin
 * token) make the server reach services that trust it by address (server-side request forgery).
 */
export interface TargetPolicy {
  /** How host names are resolved. @default systemResolver */
  resolve?: HostResolver;
  /**
   * On-premises receivers allowed despite a non-public address: host names (`erp.internal`), domain suffixes
   * (`.corp.example`: the domain and its subdomains), addresses or CIDR blocks (`10.1.0.0/16`, `fd00::/8`).
   * @default FIDELE_WEBHOOK_ALLOW_HOSTS, comma-separated (read at each check, so a restart is not needed in tests)
   */
  allow?: readonly string[];
  /**
   * A name not resolved by then counts as not resolving (a slow DNS server must not hold a mutation or a delivery).
   * @default 5000
   */
  resolveTimeoutMs?: number;
}

/** The address a delivery connects to: the one that was checked (null: the URL names an address, or an allowed host). */
export type CheckedTarget = { ok: true; connectTo: ResolvedAddress | null } | { ok: false; problem: TargetProblem };

/** Why a target is refused: the text logged with a refused delivery, and the field message of a refused URL. */
export type TargetProblem =
  | 'not an absolute URL'
  | 'not a public address'
  | 'the host name does not resolve'
  | 'the host name resolves to a non-public address';

const allowFromEnv = () =>
  (process.env.FIDELE_WEBHOOK_ALLOW_HOSTS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Is this address one the internet routes to everyone? ipaddr.js classifies it; only `unicast` (after unwrapping
 * IPv4-mapped IPv6, `::ffff:10.0.0.1` is 10.0.0.1) passes. Everything else is refused: loopback, private,
 * link-local (the cloud metadata address 169.254.169.254), unique-local, multicast, unspecified, carrier-grade NAT,
 * reserved, and the IPv6 ranges that embed an IPv4 address (NAT64, 6to4, Teredo), whose inner address could be any.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

function addressAllowed(address: string, allow: readonly string[]): boolean {
  const parsed = ipaddr.process(address);
  return allow.some((entry) => {
    try {
      const [range, bits] = entry.includes('/') ? ipaddr.parseCIDR(entry) : [ipaddr.process(entry), null];
      const base =
        range.kind() === 'ipv6' && (range as ipaddr.IPv6).isIPv4MappedAddress()
          ? (range as ipaddr.IPv6).toIPv4Address()
          : range;
      if (base.kind() !== parsed.kind()) return false;
      return bits === null ? base.toString() === parsed.toString() : parsed.match(base, bits);
    } catch {
      return false; // a host name entry, not an address
    }
  });
}

function hostAllowed(hostname: string, allow: readonly string[]): boolean {
  const host = hostname.toLowerCase();
  return allow.some((entry) => {
    const e = entry.toLowerCase();
    return e.startsWith('.') ? host === e.slice(1) || host.endsWith(e) : host === e;
  });
}

/** The host of a URL as a resolver or ipaddr.js wants it: IPv6 literals without their brackets. */
const bareHost = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * Checks a receiver URL against the policy and says which address to connect to. A name must resolve, and every
 * address it resolves to must be public (or allowed): one private address among public ones is refused, since the
 * connection could pick it. The caller connects to `connectTo`, never resolving the name again, so a DNS answer that
 * changes between the check and the connection (DNS rebinding) cannot redirect the request.
 */
export async function checkTarget(rawUrl: string, policy: TargetPolicy = {}): Promise<CheckedTarget> {
  const allow = policy.allow ?? allowFromEnv();
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, problem: 'not an absolute URL' };
  }
  const host = bareHost(url);
  if (ipaddr.isValid(host)) {
    return isPublicAddress(host) || addressAllowed(host, allow)
      ? { ok: true, connectTo: null }
      : { ok: false, problem: 'not a public address' };
  }
  // An allowed on-premises name is trusted as it resolves (its addresses are internal by nature).
  if (hostAllowed(host, allow)) return { ok: true, connectTo: null };
  let addresses: ResolvedAddress[];
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('resolution timed out')), policy.resolveTimeoutMs ?? 5000);
    });
    addresses = await Promise.race([(policy.resolve ?? systemResolver)(host), timeout]);
  } catch {
    addresses = [];
  } finally {
    clearTimeout(timer);
  }
  if (!addresses.length) return { ok: false, problem: 'the host name does not resolve' };
  if (!addresses.every((a) => isPublicAddress(a.address) || addressAllowed(a.address, allow))) {
    return { ok: false, problem: 'the host name resolves to a non-public address' };
  }
  return { ok: true, connectTo: addresses[0]! };
}
