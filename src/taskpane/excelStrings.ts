import type { Lang } from '../domain/findings/codes';

/** The pane's words about Excel's failures and undo outcomes (the failures themselves: hosts/excel/failureMessages). */
export const EXCEL_STRINGS = {
  vi: {
    details: 'Chi tiết',
    resume: 'Ghi tiếp',
    resumeHint: 'Bấm "Ghi tiếp" để ghi nốt phần còn lại từ chỗ Excel dừng, hoặc "Hoàn tác" để trả lại phần đã ghi.',
    resumedChanged: (n: number, cells: string) => `${n} ô đã được sửa sau khi Excel dừng nên không ghi đè (${cells}).`,
    undoRefused: (n: number, cells: string) => `Giữ nguyên ${n} ô đã được sửa sau khi điền (${cells}): không trả lại những ô đó; hãy sửa tay nếu cần.`,
    notesLeft: (n: number, cells: string) => `Giữ nguyên ${n} ghi chú đã được sửa sau khi điền (${cells}).`,
    undoAgain: 'Bấm "Hoàn tác" lần nữa để làm tiếp: các ô đã trả lại không bị ghi lại.',
    undoFailed: 'Hoàn tác chưa xong',
  },
  en: {
    details: 'Details',
    resume: 'Continue',
    resumeHint: 'Press "Continue" to write the rest from where Excel stopped, or "Undo" to put back what was written.',
    resumedChanged: (n: number, cells: string) => `${n} cells were edited after Excel stopped, so they were not overwritten (${cells}).`,
    undoRefused: (n: number, cells: string) => `Kept ${n} cells edited after the fill (${cells}): they were not put back; edit them by hand if needed.`,
    notesLeft: (n: number, cells: string) => `Kept ${n} notes edited after the fill (${cells}).`,
    undoAgain: 'Press "Undo" again to go on: cells already put back are not written again.',
    undoFailed: 'The undo did not finish',
  },
} satisfies Record<Lang, unknown>;

/** The first cells of a list, for a message: "'Giao'!E7, 'Giao'!F7 …". */
export const firstCells = (cells: readonly string[]): string => cells.slice(0, 5).join(', ') + (cells.length > 5 ? ' …' : '');
