import type { Calls, Op, dispatcher as Dispatcher } from './dispatch';
import { fromWire, toWire } from './wire';
import { Cancelled, type Work } from './types';
import type { EngineClient } from './client';

/**
 * The worker's calls answered on the page's own thread, through the same messages' shapes (each
 * argument and result cloned as a worker would): the tests' worker, and the fallback where a Web
 * Worker cannot start (ExcelJS is then loaded into the page on the first call).
 */
export class LocalClient implements EngineClient {
  private calls?: Promise<ReturnType<typeof Dispatcher>>;
  private stopped = false;

  async call<K extends Op>(op: K, args: Calls[K]['args'], work: Work = {}): Promise<Calls[K]['result']> {
    if (this.stopped) throw new Cancelled();
    this.calls ??= import('./dispatch').then(({ dispatcher }) => dispatcher());
    const calls = await this.calls;
    try {
      return structuredClone(await calls.handle(op, structuredClone(args), work));
    } catch (error) {
      throw fromWire(toWire(error));
    }
  }

  terminate(): void {
    this.stopped = true;
  }
}
