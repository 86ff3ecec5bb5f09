/*
 * The pane's Web Worker: reading, checking, filling and writing happen here, off the page's thread,
 * so that the pane never freezes; it reports progress and stops at the next step when cancelled.
 */
import { dispatcher, type Op } from './dispatch';
import { toWire } from './wire';
import type { Work } from './types';

/** The worker's global scope, as much of it as is used (the DOM's types are the project's; a worker's differ). */
const scope = self as unknown as { postMessage(message: unknown, transfer?: Transferable[]): void; onmessage: ((event: MessageEvent) => void) | null };
const calls = dispatcher();
const running = new Map<number, AbortController>();

scope.onmessage = async (event: MessageEvent<{ type: 'call'; id: number; op: Op; args: never } | { type: 'cancel'; id: number }>) => {
  const message = event.data;
  if (message.type === 'cancel') {
    running.get(message.id)?.abort();
    return;
  }
  const { id, op, args } = message;
  const controller = new AbortController();
  running.set(id, controller);
  let last = 0;
  const work: Work = {
    signal: controller.signal,
    progress: (step, done, total) => {
      // At most one message every 50 ms, and every step's start and end.
      const now = Date.now();
      if (done !== 0 && done !== total && now - last < 50) return;
      last = now;
      scope.postMessage({ type: 'progress', id, step, done, total });
    },
  };
  try {
    const value = await calls.handle(op, args, work);
    const transfer = value instanceof Uint8Array ? [value.buffer] : [];
    scope.postMessage({ type: 'result', id, value }, transfer);
  } catch (error) {
    scope.postMessage({ type: 'error', id, error: toWire(error) });
  } finally {
    running.delete(id);
  }
};
