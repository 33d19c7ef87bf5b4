// The lock instances sharing one graph store take before they change what they share (graph, index,
// files): start-up reconcile, uploads and deletes run one at a time across every instance.
import type { Logger } from 'pino';
import type { GraphStore } from '@dutymap/graph';
import { StoreBusyError } from '../errors.js';

export interface StoreLockOptions {
  /** This instance's name in the lock (unique per process). */
  owner: string;
  /** How long the lock outlives a holder that stopped renewing it (a crash). Default 30 s. */
  ttlMs?: number;
  /** Pause between two tries while another instance holds it. Default 200 ms. */
  retryMs?: number;
}

export class StoreLock {
  readonly owner: string;
  private readonly ttlMs: number;
  private readonly retryMs: number;

  constructor(
    private readonly graph: GraphStore,
    private readonly logger: Logger,
    options: StoreLockOptions,
  ) {
    this.owner = options.owner;
    this.ttlMs = options.ttlMs ?? 30_000;
    this.retryMs = options.retryMs ?? 200;
  }

  /**
   * Runs `work` holding the lock, renewed every third of its time to live while `work` runs. Waits for
   * it at most `maxWaitMs` (then `store-busy`); without a bound it waits as long as another holds it.
   */
  async run<T>(what: string, work: () => Promise<T>, maxWaitMs = Number.POSITIVE_INFINITY): Promise<T> {
    const started = Date.now();
    let told = false;
    while (!(await this.graph.acquireLock(this.owner, this.ttlMs))) {
      const waited = Date.now() - started;
      if (waited >= maxWaitMs) throw new StoreBusyError(waited);
      if (!told) this.logger.info({ what, owner: this.owner }, 'waiting for another instance to finish changing the stores');
      told = true;
      await new Promise((resolve) => setTimeout(resolve, this.retryMs));
    }
    const renew = setInterval(() => {
      this.graph.acquireLock(this.owner, this.ttlMs).then(
        (held) => held || this.logger.error({ what, owner: this.owner }, 'lost the store lock while changing the stores'),
        (error: unknown) => this.logger.warn({ what, err: error }, 'could not renew the store lock'),
      );
    }, Math.max(1, Math.floor(this.ttlMs / 3)));
    try {
      return await work();
    } finally {
      clearInterval(renew);
      // Not given up (the store is down): it expires after ttlMs.
      await this.graph.releaseLock(this.owner).catch((error: unknown) => this.logger.warn({ what, err: error }, 'could not release the store lock'));
    }
  }
}
