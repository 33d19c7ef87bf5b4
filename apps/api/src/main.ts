// The API process: read the environment, compose the stores, ingest seeds and uploads, listen, shut down cleanly.
import { readEnv } from './env.js';
import { compose } from './compose.js';
import { createLogger } from './logging.js';
import { createServer } from './server.js';

const env = readEnv();
// People at a terminal get readable lines; anything else (files, collectors) gets JSON.
const logger = createLogger({ level: env.LOG_LEVEL, pretty: process.stdout.isTTY === true });
const parts = await compose(env, logger);
let accepting = true;

logger.info({ ...parts.describe, trustProxy: env.TRUST_PROXY, https: env.HTTPS }, 'stores');
const started = Date.now();
const startup = await parts.ingest.startup(env.DUTYMAP_SEEDS_DIR);
logger.info({ ingested: startup.reports.length, unchanged: startup.unchanged, failed: startup.failed.length, ms: Date.now() - started }, 'ready');

const app = createServer({
  graph: parts.graph,
  search: parts.search,
  ingest: parts.ingest,
  logger,
  adminToken: env.DUTYMAP_ADMIN_TOKEN,
  corsOrigins: env.CORS_ORIGINS,
  uploadLimitBytes: env.UPLOAD_LIMIT_MB * 1024 * 1024,
  trustProxy: env.TRUST_PROXY,
  https: env.HTTPS,
  rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
  webDir: env.DUTYMAP_WEB_DIR,
  isReady: () => accepting,
});
const server = app.listen(env.PORT, env.HOST, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  logger.info(`dutymap serving on http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${port}/ (API docs at /api/docs)`);
});

/** Finishes in-flight requests, then closes the stores; a second signal or 10 s forces the exit. */
function shutdown(signal: string): void {
  if (!accepting) process.exit(1);
  accepting = false;
  logger.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 10_000).unref();
  server.close(() => {
    void parts.close().then(() => {
      clearTimeout(force);
      logger.info('stopped');
      process.exit(0);
    });
  });
  server.closeIdleConnections();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
