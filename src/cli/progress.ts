import type { Lang } from '../domain/findings/codes';

export type Step = 'open' | 'read' | 'analyse' | 'check' | 'plan' | 'write' | 'files' | 'work';

const WORDS: Record<Lang, Record<Step, string>> = {
  vi: { open: 'Đang mở tệp', read: 'Đang đọc các trang', analyse: 'Đang nhận ra các bảng', check: 'Đang kiểm tra', plan: 'Đang lập công thức', write: 'Đang ghi tệp', files: 'Đang đọc tệp của các xã', work: 'Đang làm' },
  en: { open: 'Opening the file', read: 'Reading the sheets', analyse: 'Recognising the tables', check: 'Checking', plan: 'Planning the formulas', write: 'Writing the file', files: 'Reading the communes\' files', work: 'Working' },
};

/** Where a command is, shown on one line of a terminal (stderr), redrawn; nothing when stderr is not a terminal. */
export type Progress = { step(step: Step, done?: number, total?: number): void; clear(): void };

export const NO_PROGRESS: Progress = { step: () => undefined, clear: () => undefined };

/**
 * Progress on stderr when it is a terminal: the step, a percentage where known, and the seconds
 * elapsed, redrawn in place twice a second; cleared before anything else is printed.
 */
export function terminalProgress(stream: NodeJS.WriteStream, lang: Lang): Progress {
  if (!stream.isTTY) return NO_PROGRESS;
  const started = Date.now();
  let current: { step: Step; done?: number; total?: number } | null = null;
  let shown = false;
  const draw = () => {
    if (!current) return;
    const seconds = Math.round((Date.now() - started) / 1000);
    const share = current.total ? ` ${Math.min(100, Math.round(((current.done ?? 0) / current.total) * 100))}%` : '';
    const line = `${WORDS[lang][current.step]}…${share} (${seconds} s)`;
    stream.write(`\r\x1b[K${line.slice(0, Math.max(10, (stream.columns ?? 80) - 1))}`);
    shown = true;
  };
  const timer = setInterval(draw, 500);
  timer.unref();
  return {
    step(step, done, total) {
      const changed = current?.step !== step;
      current = { step, done, total };
      if (changed) draw();
    },
    clear() {
      clearInterval(timer);
      current = null;
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
