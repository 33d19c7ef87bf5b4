// The only place that reads the environment: validated with zod at start, always.
import { z } from 'zod';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

export const Env = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    /** Interface to listen on; 127.0.0.1 keeps a laptop run private, 0.0.0.0 serves the network. */
    HOST: z.string().default('127.0.0.1'),
    NEO4J_URI: optionalString.pipe(z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'must be a neo4j:// or bolt:// URI').optional()),
    NEO4J_USER: z.string().default('neo4j'),
    NEO4J_PASSWORD: z.string().default(''),
    NEO4J_DATABASE: optionalString,
    MEILI_URL: optionalString.pipe(z.url().optional()),
    MEILI_KEY: optionalString,
    /** Enables POST/DELETE /api/documents for callers presenting it as a Bearer token. */
    DUTYMAP_ADMIN_TOKEN: optionalString.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
    /** Where uploaded plans are kept; they are re-ingested at every start. */
    DUTYMAP_DATA_DIR: z.string().default('.data'),
    /** Plans ingested at start (every supported file in the folder). */
    DUTYMAP_SEEDS_DIR: z.string().default('seeds'),
    /** The built web UI to serve at /, when present. */
    DUTYMAP_WEB_DIR: z.string().default('apps/web/dist'),
    /** Comma-separated origins allowed by CORS; none by default. */
    CORS_ORIGINS: optionalString.transform((v) => (v ? v.split(',').map((o) => o.trim()).filter(Boolean) : [])),
    UPLOAD_LIMIT_MB: z.coerce.number().positive().max(200).default(20),
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
