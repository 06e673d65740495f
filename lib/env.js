// Environment settings, validated once at start-up (imported by next.config.js) so a bad value
// fails fast with a message naming the variable. Plain JS because next.config.js loads it.
const path = require('node:path');
const { z } = require('zod');

const url = z.string().trim().url().refine((u) => /^https?:\/\//.test(u), 'must be an http(s) URL');

/**
 * An image host the proxy may fetch from: `host`, or `*.domain` for the domain and its
 * subdomains, with `:port` to allow that port (without one, only 80 and 443).
 */
const imageHost = /^(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?$/;
/** The hosts LL2's records point their images at (YouTube thumbnails for events' videos). */
const LL2_IMAGE_HOSTS =
  'thespacedevs-prod.nyc3.digitaloceanspaces.com,thespacedevs-dev.nyc3.digitaloceanspaces.com,*.thespacedevs.com,i.ytimg.com';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** `local` reads the embedded SQLite store; `live` reads LL2 directly through the same getters. */
  DATA_SOURCE: z.enum(['local', 'live']).default('local'),
  DATA_DIR: z.string().trim().min(1).default('data'),
  /** SQLite file; defaults to `<DATA_DIR>/orbit-index.db`. */
  DATABASE_FILE: z.string().trim().min(1).optional(),
  /**
   * `postgres://user:password@host:5432/db`: serve from PostgreSQL instead of the SQLite file, so
   * many app instances can share one database (one `npm run sync` writes to it).
   */
  DATABASE_URL: z
    .string()
    .trim()
    .refine((u) => {
      try {
        const parsed = new URL(u);
        return (parsed.protocol === 'postgres:' || parsed.protocol === 'postgresql:') && parsed.hostname !== '' && parsed.pathname.length > 1;
      } catch {
        return false;
      }
    }, 'must be a postgres://user@host[:port]/database URL')
    .optional(),
  SITE_URL: url.default('http://localhost:3000').transform((u) => u.replace(/\/+$/, '')),
  /**
   * How many reverse proxies stand in front of the server (`true` = 1, `false` = 0). With one or
   * more, the request's `X-Forwarded-Host`/`X-Forwarded-Proto` (else its `Host`) name the public
   * origin, for the API's absolute links when SITE_URL is not set, and the client a rate limit
   * counts is the address the first of them saw, read from `X-Forwarded-For`. Only behind
   * proxies that set them: anyone can send these headers.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .default('0')
    .refine((v) => /^(?:true|false|\d{1,2})$/.test(v), {
      message: 'expected 0 or 1 (or true/false), or the number of proxies in front, at most 99',
    })
    .transform((v) => (v === 'true' ? 1 : v === 'false' ? 0 : Number(v))),
  LL2_API_BASE: url.default('https://ll.thespacedevs.com/2.3.0').transform((u) => u.replace(/\/+$/, '')),
  LL2_API_TOKEN: z.string().trim().min(1).optional(),
  /** Calls per throttle window kept in reserve for people using the same key elsewhere. */
  LL2_BUDGET_RESERVE: z.coerce.number().int().min(0).max(10000).default(1),
  /** Live mode: longest an LL2 answer is reused before it is asked for again (default: per resource). */
  LL2_CACHE_MAX_AGE_S: z.coerce.number().int().min(1).max(604800).optional(),
  /** Milliseconds before an LL2 request is abandoned. */
  LL2_TIMEOUT_MS: z.coerce.number().int().min(100).max(120000).default(15000),
  /** Entries kept in the in-process query cache (0 disables it). */
  QUERY_CACHE_SIZE: z.coerce.number().int().min(0).max(100000).default(2000),
  /** The response cache in front of Next (`npm start`): `off` sends every request to Next. */
  PAGE_CACHE: z.enum(['on', 'off']).default('on'),
  /** How long a cached response lives within one data version (views like "upcoming" move with the clock). */
  PAGE_CACHE_TTL_MS: z.coerce.number().int().min(0).max(86400000).default(60000),
  PAGE_CACHE_ENTRIES: z.coerce.number().int().min(1).max(1000000).default(2000),
  PAGE_CACHE_MB: z.coerce.number().int().min(1).max(65536).default(256),
  /** Per-client limits on cache misses (lib/page-cache/rate-limit.ts): `off` for a private site. */
  RATE_LIMIT: z.enum(['on', 'off']).default('on'),
  /** Page renders (cache misses) one client may start per minute, sustained, and in a burst. */
  RATE_LIMIT_RENDERS_PER_MIN: z.coerce.number().int().min(1).max(1000000).default(120),
  RATE_LIMIT_RENDER_BURST: z.coerce.number().int().min(1).max(1000000).default(60),
  /** API calls (misses of `/api/2.3.0/` and the search suggestions) per client and minute, and burst. */
  RATE_LIMIT_API_PER_MIN: z.coerce.number().int().min(1).max(1000000).default(120),
  RATE_LIMIT_API_BURST: z.coerce.number().int().min(1).max(1000000).default(60),
  /** Misses one client may have in progress at once. */
  RATE_LIMIT_CONCURRENT: z.coerce.number().int().min(1).max(10000).default(4),
  /** Clients whose budgets are remembered (the least recently seen are forgotten first). */
  RATE_LIMIT_CLIENTS: z.coerce.number().int().min(100).max(10000000).default(50000),
  /** Tests only: serves the deliberately unsafe page `/_orbit/csp-fixture` (lib/page-cache/csp-fixture.ts). */
  CSP_TEST_FIXTURE: z.enum(['0', '1']).default('0').transform((v) => v === '1'),
  /** Comma-separated hosts `/api/image` may fetch from; anything else gets the placeholder. */
  IMAGE_HOSTS: z
    .string()
    .default(LL2_IMAGE_HOSTS)
    .transform((list) => list.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean))
    .refine((hosts) => hosts.length > 0 && hosts.every((h) => imageHost.test(h)), {
      message: 'expected comma-separated host names, each optionally `*.`-prefixed and with a `:port`',
    }),
  /** Resized images on disk; defaults to `<DATA_DIR>/image-cache`. */
  IMAGE_CACHE_DIR: z.string().trim().min(1).optional(),
  /** Size cap of the resized-image cache; the least recently used files go first. */
  IMAGE_CACHE_MB: z.coerce.number().int().min(1).max(1048576).default(512),
  /** Largest original the proxy downloads; a bigger one gets the placeholder. */
  IMAGE_MAX_MB: z.coerce.number().int().min(1).max(100).default(15),
  /** Milliseconds before an image download is abandoned (the placeholder is served instead). */
  IMAGE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(5000),
});

/** @param {Record<string, string | undefined>} source */
function loadEnv(source = process.env) {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment settings:\n${problems}`);
  }
  const env = result.data;
  return {
    ...env,
    /** Whether to believe forwarded headers at all (the API's origin). */
    TRUST_PROXY: env.TRUST_PROXY > 0,
    /** How many proxies' X-Forwarded-For entries to skip to find the client. */
    TRUST_PROXY_HOPS: env.TRUST_PROXY,
    /** SITE_URL was given, not defaulted: it then names the public origin outright. */
    SITE_URL_SET: cleaned.SITE_URL !== undefined,
    DATABASE_FILE: path.resolve(env.DATABASE_FILE ?? path.join(env.DATA_DIR, 'orbit-index.db')),
    IMAGE_CACHE_DIR: path.resolve(env.IMAGE_CACHE_DIR ?? path.join(env.DATA_DIR, 'image-cache')),
  };
}

const env = loadEnv();

module.exports = { env, loadEnv, envSchema };
