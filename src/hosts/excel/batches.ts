import { REQUEST_BUDGET_BYTES } from './blocks';
import { isSizeRefusal } from './failures';

/**
 * A piece of a write: what it weighs in a request (see ./payload), how to queue it on the context,
 * and, where it can be cut, how (two halves, each a unit).
 */
export type WriteUnit = { bytes: number; queue(): void; split?(): WriteUnit[] };

export type BatchOptions = {
  /** Bytes a request may hold (4 MB: Excel on the web refuses 5 MB). */
  budget?: number;
  /** Queued at the start of every batch (suspending calculation …). */
  prefix?(): void;
  /** After a failed batch that will be retried, the units of it still to write (notes added before the failure are not added twice). */
  reconcile?(batch: readonly WriteUnit[]): Promise<WriteUnit[]>;
  /** Called after each batch Excel accepted. */
  onBatch?(done: readonly WriteUnit[]): void;
};

/**
 * Excel failed a batch for another reason than its size, or refused as too large a unit that cannot
 * be cut: the units before it were written (`done`), the batch that failed may be written in part
 * (`failed`: Excel applies a batch's operations in order and stops at the one that fails), the rest
 * were not tried. `remaining` is where a retry starts.
 */
export class BatchFailure extends Error {
  readonly code?: string;
  constructor(readonly cause: unknown, readonly done: WriteUnit[], readonly failed: WriteUnit[], readonly rest: WriteUnit[]) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'BatchFailure';
    this.code = (cause as { code?: string } | null)?.code;
  }

  get remaining(): WriteUnit[] {
    return [...this.failed, ...this.rest];
  }
}

/** The smallest budget halving goes down to; below, a single unit is sent alone. */
const MIN_BUDGET = 16 * 1024;

/**
 * Writes units in as few requests as the budget allows, one sync each. A request Excel refuses for
 * its size (the documented codes, or GeneralException as Excel on the web answers) is sent again in
 * halves — the budget halves for the rest of the write — and a single unit too large is cut when it
 * can be; anything else stops the write with a BatchFailure saying what was written. Returns the
 * number of syncs.
 */
export async function writeInBatches(context: Excel.RequestContext, units: readonly WriteUnit[], options: BatchOptions = {}): Promise<number> {
  let budget = options.budget ?? REQUEST_BUDGET_BYTES;
  const queue = [...units];
  const done: WriteUnit[] = [];
  let syncs = 0;
  while (queue.length > 0) {
    // A unit over the budget by itself is cut before it is sent, where it can be: Excel would refuse it.
    while (queue[0].bytes > budget && queue[0].split) queue.unshift(...queue.shift()!.split!());
    const batch: WriteUnit[] = [];
    let bytes = 0;
    while (queue.length > 0 && (batch.length === 0 || bytes + queue[0].bytes <= budget)) {
      const unit = queue.shift()!;
      batch.push(unit);
      bytes += unit.bytes;
    }
    options.prefix?.();
    for (const unit of batch) unit.queue();
    try {
      syncs++;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per request under the budget: Excel refuses larger ones
      await context.sync();
    } catch (error) {
      if (isSizeRefusal(error)) {
        const parts = batch.length > 1 ? batch : batch[0].split?.() ?? [];
        if (parts.length > 1) {
          budget = Math.max(MIN_BUDGET, Math.floor(bytes / 2));
          const again = options.reconcile ? await options.reconcile(batch) : batch;
          queue.unshift(...(batch.length > 1 ? again : parts));
          continue;
        }
      }
      throw new BatchFailure(error, done, batch, queue);
    }
    done.push(...batch);
    options.onBatch?.(batch);
  }
  return syncs;
}
