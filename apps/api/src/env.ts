// The only place that reads the environment: validated with zod at start, always.
import { isIP } from 'node:net';
import { z } from 'zod';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const flag = z.enum(['true', 'false']).default('false').transform((v) => v === 'true');

/** Express's names for address ranges, accepted in TRUST_PROXY next to addresses and CIDR subnets. */
const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

function isAddressOrSubnet(entry: string): boolean {
  if (NAMED_RANGES.includes(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
}

/**
 * TRUST_PROXY → Express's `trust proxy`: which X-Forwarded-For entries name the client (for the
 * rate limit and the log). `false` (default) trusts none; a number trusts that many proxy hops;
 * a comma-separated list trusts those proxy addresses, subnets or ranges. `true` (trust every
 * hop) is refused: any client could then pick its own address and its own rate-limit budget.
 */
const TrustProxy = z
  .string()
  .optional()
  .transform((v, ctx): false | number | string[] => {
    const value = (v ?? '').trim();
    if (value === '' || value === 'false') return false;
    if (/^\d+$/.test(value)) return Number(value);
    if (value === 'true') {
      ctx.addIssue({ code: 'custom', message: 'true would trust any X-Forwarded-For a client sends; give the number of proxy hops or the proxies\' addresses' });
      return z.NEVER;
    }
    const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
    const bad = entries.filter((entry) => !isAddressOrSubnet(entry));
    if (bad.length > 0) {
      ctx.addIssue({ code: 'custom', message: `not an address, subnet or ${NAMED_RANGES.join('/')}: ${bad.join(', ')}` });
      return z.NEVER;
    }
    return entries;
  });

/**
 * Unset or empty: uploads off. Anything else must be a real token: a value of only spaces is a
 * mistake (a blank in a secret store), not a wish to turn uploads off, so it stops the start.
 */
const AdminToken = z
  .string()
  .optional()
  .transform((v, ctx): string | undefined => {
    if (v === undefined || v === '') return undefined;
    const token = v.trim();
    if (token === '') ctx.addIssue({ code: 'custom', message: 'is only whitespace; unset it to turn uploads off' });
    else if (token.length < 16) ctx.addIssue({ code: 'custom', message: 'must be at least 16 characters' });
    return token;
  });

export const Env = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    /** Interface to listen on; 127.0.0.1 keeps a laptop run private, 0.0.0.0 serves the network. */
    HOST: z.string().default('127.0.0.1'),
    /** True when clients reach the server over https (TLS here or at a proxy): adds HSTS and upgrade-insecure-requests. */
    HTTPS: flag,
    TRUST_PROXY: TrustProxy,
    NEO4J_URI: optionalString.pipe(z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'must be a neo4j:// or bolt:// URI').optional()),
    NEO4J_USER: z.string().default('neo4j'),
    NEO4J_PASSWORD: z.string().default(''),
    NEO4J_DATABASE: optionalString,
    MEILI_URL: optionalString.pipe(z.url().optional()),
    MEILI_KEY: optionalString,
    /** Enables POST/DELETE /api/documents for callers presenting it as a Bearer token. */
    DUTYMAP_ADMIN_TOKEN: AdminToken,
    /** Where uploaded plans are kept; they are re-ingested at every start. */
    DUTYMAP_DATA_DIR: z.string().default('.data'),
    /** Plans ingested at start (every supported file in the folder). */
    DUTYMAP_SEEDS_DIR: z.string().default('seeds'),
    /** The built web UI to serve at /, when present. */
    DUTYMAP_WEB_DIR: z.string().default('apps/web/dist'),
    /** Comma-separated origins allowed by CORS; none by default. */
    CORS_ORIGINS: optionalString.transform((v) => (v ? v.split(',').map((o) => o.trim()).filter(Boolean) : [])),
    UPLOAD_LIMIT_MB: z.coerce.number().positive().max(200).default(20),
    /** Wall-clock seconds one upload's parse may take before it is stopped. */
    PARSE_TIMEOUT_SECONDS: z.coerce.number().positive().max(3600).default(120),
    /** Heap one upload's parse may use, in MB, before it is stopped. */
    PARSE_MEMORY_MB: z.coerce.number().int().min(64).max(16384).default(1024),
    /** Requests a minute per client on /api; 0 turns the limit off. */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .refine((env) => !env.MEILI_KEY || env.MEILI_URL, { message: 'MEILI_KEY is set but MEILI_URL is not', path: ['MEILI_KEY'] });
export type Env = z.infer<typeof Env>;

/** Validates the environment; on failure names every bad variable and exits the process. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = Env.safeParse(source);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(env)'}: ${issue.message}`).join('\n');
  process.stderr.write(`dutymap-api: invalid environment\n${problems}\n`);
  process.exit(2);
}
