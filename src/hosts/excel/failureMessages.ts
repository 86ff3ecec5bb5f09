import type { Lang } from '../../domain/findings/codes';
import type { Failure, FailureCode, FailureParams } from './failures';

/** What happened and what to do, in the pane's words. */
export type FailureText = { what: string; todo: string };

type Words = (params: FailureParams, failure: Failure) => FailureText;

const list = (value: string | number | undefined) => String(value ?? '');

const vi: Record<FailureCode, Words> = {
  'cell-edit': () => ({
    what: 'Excel đang ở chế độ sửa ô (con trỏ đang nằm trong một ô) nên chưa nhận lệnh của phần bổ trợ.',
    todo: 'Nhấn Enter hoặc Tab, hoặc bấm sang ô khác, để rời ô đang sửa, rồi bấm lại nút vừa dùng.',
  }),
  'inactive-workbook': () => ({
    what: 'Excel đang mở nhiều sổ làm việc và sổ làm việc này không còn được chọn (bạn đã chuyển sang cửa sổ khác).',
    todo: 'Bấm vào một ô của sổ làm việc này để chọn lại nó, rồi bấm lại nút vừa dùng. Phần đã làm được giữ: bấm "Ghi tiếp" nếu có, hoặc "Hoàn tác".',
  }),
  'too-large': () => ({
    what: 'Excel từ chối vì yêu cầu quá lớn (Excel trên web nhận mỗi lần khoảng 5 MB), kể cả sau khi phần bổ trợ đã chia nhỏ.',
    todo: 'Bấm lại một lần nữa; nếu vẫn lỗi, mở sổ làm việc bằng Excel trên máy tính, hoặc dùng lệnh ntm-plan trên tệp.',
  }),
  'not-found': () => ({
    what: 'Excel không tìm thấy thứ cần dùng: một trang, ô, ghi chú hay tên đã bị xóa hoặc đổi tên từ lúc đọc.',
    todo: 'Bấm "Kiểm tra sổ làm việc" (hoặc "Xem trước") để đọc lại sổ làm việc, rồi làm lại.',
  }),
  'already-exists': () => ({
    what: 'Sổ làm việc đã có một trang hoặc một tên trùng với tên phần bổ trợ cần tạo (Excel không phân biệt chữ hoa, chữ thường).',
    todo: 'Đổi tên hoặc xóa trang trùng tên, rồi làm lại.',
  }),
  'access-denied': () => ({
    what: 'Excel không cho ghi: trang tính hoặc cấu trúc sổ làm việc đang được bảo vệ, hoặc tệp chỉ được mở để xem.',
    todo: 'Bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính, hoặc Bảo vệ sổ làm việc), hoặc mở tệp với quyền sửa, rồi làm lại.',
  }),
  'invalid-argument': () => ({
    what: 'Excel từ chối dữ liệu phần bổ trợ gửi: một giá trị, địa chỉ ô hay tên không hợp lệ với sổ làm việc này.',
    todo: 'Đọc lại sổ làm việc (Kiểm tra hoặc Xem trước) rồi làm lại; nếu vẫn lỗi, gửi nội dung "Chi tiết" cho người hỗ trợ.',
  }),
  'invalid-operation': () => ({
    what: 'Excel không cho làm thao tác này với vùng ô hiện tại.',
    todo: 'Kiểm tra vùng ô (ô gộp, bảng Excel Table, bộ lọc), rồi làm lại; nếu vẫn lỗi, gửi nội dung "Chi tiết" cho người hỗ trợ.',
  }),
  'range-conflict': () => ({
    what: 'Vùng ô cần ghi vướng ô gộp, bộ lọc, bảng (Excel Table) hay PivotTable.',
    todo: 'Bỏ lọc, bỏ gộp ô hoặc dời bảng chồng lên vùng đó, rồi làm lại.',
  }),
  'not-supported': () => ({
    what: 'Phiên bản Excel này chưa hỗ trợ thao tác này.',
    todo: 'Cập nhật Excel (Tệp → Tài khoản → Tùy chọn cập nhật), dùng Excel trên web, hoặc dùng lệnh ntm-plan trên tệp.',
  }),
  busy: () => ({
    what: 'Excel đang bận hoặc tạm thời không phục vụ được (quá nhiều thao tác, thiếu bộ nhớ, hay mất kết nối với máy chủ).',
    todo: 'Đợi một lát rồi bấm lại; với Excel trên web, kiểm tra kết nối mạng.',
  }),
  'formula-too-long': () => ({
    what: 'Một công thức dài quá giới hạn của Excel.',
    todo: 'Gửi nội dung "Chi tiết" cho người hỗ trợ; trong lúc chờ, dùng lệnh ntm-plan trên tệp.',
  }),
  general: () => ({
    what: 'Excel báo một lỗi chung, không nói rõ lý do; thường gặp khi sổ làm việc mất chọn (bạn chuyển sang cửa sổ khác) hoặc khi Excel trên web từ chối một yêu cầu.',
    todo: 'Bấm vào một ô của sổ làm việc này rồi làm lại. Nếu lỗi lặp lại, lưu sổ làm việc, đóng và mở lại.',
  }),
  'excel-other': (_p, f) => ({
    what: `Excel báo lỗi ${f.excelCode ?? ''}.`,
    todo: 'Làm lại; nếu vẫn lỗi, gửi nội dung "Chi tiết" cho người hỗ trợ.',
  }),
  other: (_p, f) => ({
    what: f.raw ?? 'Có lỗi xảy ra.',
    todo: 'Làm lại; nếu vẫn lỗi, gửi nội dung thông báo này cho người hỗ trợ.',
  }),
  'sheet-protected': (p) => ({
    what: `Trang tính đang được bảo vệ: ${list(p.sheets)}. Chưa ghi ô nào.`,
    todo: 'Bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi làm lại.',
  }),
  'sheet-changed': (p) => ({
    what: `Trang tính đã thay đổi từ lúc kiểm tra hoặc xem trước: ${list(p.sheets)}. Chưa ghi ô nào.`,
    todo: 'Bấm "Kiểm tra" hoặc "Xem trước" lại rồi ghi.',
  }),
  'workbook-protected': () => ({
    what: 'Sổ làm việc đang được bảo vệ cấu trúc nên không thêm hay xóa được trang. Chưa ghi gì.',
    todo: 'Bỏ bảo vệ (Xem lại → Bảo vệ sổ làm việc) rồi làm lại.',
  }),
  'insert-version': () => ({
    what: 'Phiên bản Excel này chưa chèn được trang từ tệp (cần ExcelApi 1.13).',
    todo: 'Dùng lệnh "ntm-plan template" rồi mở tệp tạo ra, hoặc dùng Excel trên web.',
  }),
  'insert-ipad': () => ({
    what: 'Excel trên iPad chưa chèn được trang từ tệp.',
    todo: 'Mở sổ làm việc này bằng Excel trên máy tính hoặc Excel trên web, hoặc dùng trang web của công cụ để tải tệp về.',
  }),
  'undo-sheets-refused': (p) => ({
    what: `Không hoàn tác trang ${list(p.sheets)}: trang đã được sửa hoặc đổi tên từ lúc phần bổ trợ tạo (hoặc là trang duy nhất còn hiện), nên được giữ nguyên.${p.done ? ` Đã hoàn tác: xóa trang ${list(p.done)}.` : ''}`,
    todo: 'Nếu không cần trang đó nữa, hãy xóa tay. Bản trước của trang (nếu có) vẫn được giữ ẩn: bấm chuột phải vào thẻ trang → Bỏ ẩn.',
  }),
};

const en: Record<FailureCode, Words> = {
  'cell-edit': () => ({
    what: 'Excel is in cell-edit mode (the cursor is in a cell), so it does not take the add-in\'s commands.',
    todo: 'Press Enter or Tab, or click another cell, to leave the cell, then press the button again.',
  }),
  'inactive-workbook': () => ({
    what: 'Several workbooks are open and this one lost focus (you switched to another window).',
    todo: 'Click a cell of this workbook to select it again, then press the button again. What was done is kept: press "Continue" if offered, or "Undo".',
  }),
  'too-large': () => ({
    what: 'Excel refused the request as too large (Excel on the web takes about 5 MB at a time), even after the add-in split it.',
    todo: 'Press the button once more; if it fails again, open the workbook in Excel for the desktop, or use the ntm-plan command on the file.',
  }),
  'not-found': () => ({
    what: 'Excel did not find what was needed: a sheet, cell, note or name was deleted or renamed since it was read.',
    todo: 'Press "Check the workbook" (or "Preview") to read it again, then try again.',
  }),
  'already-exists': () => ({
    what: 'The workbook already has a sheet or name the add-in needs to create (Excel ignores upper and lower case).',
    todo: 'Rename or delete the sheet of that name, then try again.',
  }),
  'access-denied': () => ({
    what: 'Excel does not allow writing: the sheet or the workbook\'s structure is protected, or the file is open read-only.',
    todo: 'Unprotect it (Review → Unprotect Sheet, or Protect Workbook), or open the file for editing, then try again.',
  }),
  'invalid-argument': () => ({
    what: 'Excel refused what the add-in sent: a value, cell address or name is not valid in this workbook.',
    todo: 'Read the workbook again (Check or Preview) and try again; if it fails again, send the "Details" to support.',
  }),
  'invalid-operation': () => ({
    what: 'Excel does not allow this on these cells.',
    todo: 'Look at the cells (merged cells, an Excel Table, a filter) and try again; if it fails again, send the "Details" to support.',
  }),
  'range-conflict': () => ({
    what: 'The cells to write overlap merged cells, a filter, an Excel Table or a PivotTable.',
    todo: 'Clear the filter, unmerge the cells or move the table that overlaps, then try again.',
  }),
  'not-supported': () => ({
    what: 'This version of Excel does not support this yet.',
    todo: 'Update Excel (File → Account → Update Options), use Excel on the web, or use the ntm-plan command on the file.',
  }),
  busy: () => ({
    what: 'Excel is busy or temporarily unavailable (too many operations, low memory, or the connection to the server was lost).',
    todo: 'Wait a moment and press the button again; in Excel on the web, check the network connection.',
  }),
  'formula-too-long': () => ({
    what: 'A formula is longer than Excel allows.',
    todo: 'Send the "Details" to support; meanwhile, use the ntm-plan command on the file.',
  }),
  general: () => ({
    what: 'Excel reported a general error without a reason; it happens when the workbook loses focus (you switched windows) or when Excel on the web refuses a request.',
    todo: 'Click a cell of this workbook and try again. If it keeps failing, save the workbook, close it and open it again.',
  }),
  'excel-other': (_p, f) => ({
    what: `Excel reported the error ${f.excelCode ?? ''}.`,
    todo: 'Try again; if it fails again, send the "Details" to support.',
  }),
  other: (_p, f) => ({
    what: f.raw ?? 'Something went wrong.',
    todo: 'Try again; if it fails again, send this message to support.',
  }),
  'sheet-protected': (p) => ({
    what: `These sheets are protected: ${list(p.sheets)}. Nothing was written.`,
    todo: 'Unprotect them (Review → Unprotect Sheet) and try again.',
  }),
  'sheet-changed': (p) => ({
    what: `These sheets changed since the check or the preview: ${list(p.sheets)}. Nothing was written.`,
    todo: 'Press "Check" or "Preview" again, then write.',
  }),
  'workbook-protected': () => ({
    what: 'The workbook\'s structure is protected, so no sheet can be added or deleted. Nothing was written.',
    todo: 'Unprotect it (Review → Protect Workbook) and try again.',
  }),
  'insert-version': () => ({
    what: 'This version of Excel cannot insert sheets from a file (ExcelApi 1.13 is needed).',
    todo: 'Use the "ntm-plan template" command and open the file it makes, or use Excel on the web.',
  }),
  'insert-ipad': () => ({
    what: 'Excel on iPad cannot insert sheets from a file yet.',
    todo: 'Open this workbook in Excel for the desktop or on the web, or use the tool\'s web page to download the file.',
  }),
  'undo-sheets-refused': (p) => ({
    what: `Did not undo ${list(p.sheets)}: the sheet was edited or renamed since the add-in made it (or it is the only visible sheet), so it is kept.${p.done ? ` Undone: removed ${list(p.done)}.` : ''}`,
    todo: 'If you no longer need that sheet, delete it by hand. Its previous version (if any) is kept hidden: right-click a sheet tab → Unhide.',
  }),
};

const TEXTS: Record<Lang, Record<FailureCode, Words>> = { vi, en };

/**
 * A failure in a language: what happened and what to do.
 *
 * @example
 * failureText({ code: 'cell-edit', excelCode: 'InvalidOperationInCellEditMode' }, 'en').todo // "Press Enter or Tab, …"
 */
export function failureText(failure: Failure, lang: Lang): FailureText {
  return TEXTS[lang][failure.code](failure.params ?? {}, failure);
}
