import type { Lang, Severity } from '../domain/findings/codes';
import type { SheetKind } from '../domain/recognize/models';

/** The pane's own words; findings bring their messages from the domain's maps. */
export const STRINGS = {
  vi: {
    title: 'Kế hoạch nông thôn mới',
    language: 'Ngôn ngữ',
    tabCheck: 'Kiểm tra',
    run: 'Kiểm tra sổ tính',
    reading: 'Đang đọc sổ tính…',
    checking: 'Đang kiểm tra…',
    emptyState: 'Bấm "Kiểm tra sổ tính" để đọc mọi trang và tìm các tỷ lệ, tổng số, ký hiệu sai. Kết quả chỉ ra trang và ô.',
    catalog: 'Bộ tiêu chí',
    sheets: 'Trang tính',
    noIssues: 'Không có lỗi hay cảnh báo nào.',
    summary: (e: number, w: number, i: number) => `${e} lỗi, ${w} cảnh báo, ${i} thông tin`,
    highlight: 'Tô màu các ô có lỗi',
    highlightHint: 'Chỉ thêm một lớp màu có thể gỡ; định dạng của bạn giữ nguyên.',
    goTo: (sheet: string, cell: string) => `Đi tới ${sheet}!${cell}`,
    failed: 'Không kiểm tra được',
    severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' } as Record<Severity, string>,
    kinds: {
      targets: 'chỉ tiêu theo tiêu chí', assignment: 'giao chỉ tiêu theo xã', funding: 'nguồn vốn',
      tasks: 'nhiệm vụ', responsibility: 'phân công phụ trách', unknown: 'không nhận dạng được',
    } as Record<SheetKind, string>,
  },
  en: {
    title: 'New Rural Development plan',
    language: 'Language',
    tabCheck: 'Check',
    run: 'Check the workbook',
    reading: 'Reading the workbook…',
    checking: 'Checking…',
    emptyState: 'Click "Check the workbook" to read every sheet and find wrong shares, totals and marks. Results point at the sheet and cell.',
    catalog: 'Criteria set',
    sheets: 'Sheets',
    noIssues: 'No errors or warnings.',
    summary: (e: number, w: number, i: number) => `${e} errors, ${w} warnings, ${i} infos`,
    highlight: 'Highlight the cells in error',
    highlightHint: 'Adds a removable colour layer only; your own formatting stays.',
    goTo: (sheet: string, cell: string) => `Go to ${sheet}!${cell}`,
    failed: 'The check could not run',
    severity: { error: 'Error', warning: 'Warning', info: 'Info' } as Record<Severity, string>,
    kinds: {
      targets: 'per-criterion targets', assignment: 'per-commune assignment', funding: 'funding',
      tasks: 'task list', responsibility: 'department ↔ criteria', unknown: 'not recognised',
    } as Record<SheetKind, string>,
  },
} satisfies Record<Lang, unknown>;

export type Strings = (typeof STRINGS)['vi'];
