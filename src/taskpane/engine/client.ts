import type { Calls, Op } from './dispatch';
import { fromWire, type WireError } from './wire';
import { Cancelled, type Progress, type Step, type Work } from './types';

type Pending = { resolve: (value: unknown) => void; reject: (error: unknown) => void; progress?: Progress };

/**
 * The page's side of the Web Worker: each call gets an id; progress and the result come back by it.
 * Cancelling rejects at once; the worker stops at its next step (or, for work that keeps nothing in
 * the worker, the worker is replaced).
 */
export class WorkerClient {
  private worker: Worker;
  private next = 1;
  private pending = new Map<number, Pending>();

  constructor(private readonly spawn: () => Worker) {
    this.worker = this.start();
  }

  private start(): Worker {
    const worker = this.spawn();
    worker.onmessage = (event: MessageEvent<{ type: 'progress'; id: number; step: Step; done: number; total: number } | { type: 'result'; id: number; value: unknown } | { type: 'error'; id: number; error: WireError }>) => {
      const message = event.data;
      const pending = this.pending.get(message.id);
      if (!pending) return;
      if (message.type === 'progress') pending.progress?.(message.step, message.done, message.total);
      else {
        this.pending.delete(message.id);
        if (message.type === 'result') pending.resolve(message.value);
        else pending.reject(fromWire(message.error));
      }
    };
    worker.onerror = (event) => {
      const error = new Error(event.message || 'worker failed');
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
    };
    return worker;
  }

  call<K extends Op>(op: K, args: Calls[K]['args'], work: Work = {}, options: { transfer?: Transferable[]; restartOnCancel?: boolean } = {}): Promise<Calls[K]['result']> {
    if (work.signal?.aborted) return Promise.reject(new Cancelled());
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, progress: work.progress });
      work.signal?.addEventListener('abort', () => {
        if (!this.pending.has(id)) return;
        this.pending.delete(id);
        reject(new Cancelled());
        if (options.restartOnCancel) {
          // Nothing is kept in this worker between calls: a new one is quicker than waiting.
          this.worker.terminate();
          for (const other of this.pending.values()) other.reject(new Cancelled());
          this.pending.clear();
          this.worker = this.start();
        } else {
          this.worker.postMessage({ type: 'cancel', id });
        }
      }, { once: true });
      this.worker.postMessage({ type: 'call', id, op, args }, options.transfer ?? []);
    });
  }

  terminate(): void {
    this.worker.terminate();
    for (const pending of this.pending.values()) pending.reject(new Cancelled());
    this.pending.clear();
  }
}

/** What the pane asks of a worker; `LocalClient` answers the same on the page's thread. */
export type EngineClient = Pick<WorkerClient, 'call' | 'terminate'>;
