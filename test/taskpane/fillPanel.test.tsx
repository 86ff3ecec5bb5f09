/**
 * @jest-environment jsdom
 */
import { configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import type { WorkbookHost } from '../../src/taskpane/host';
import { memoryHost } from '../helpers/memoryHost';
import { workbook } from '../helpers/sheets';
import { thachAnAssignment } from '../fixtures/thachAn';
import { cellList } from '../helpers/excelState';

configure({ asyncUtilTimeout: 20_000 });

async function openFill(host: WorkbookHost) {
  const user = userEvent.setup();
  render(<App host={host} />);
  await user.click(screen.getByRole('tab', { name: 'Tự động điền' }));
  await user.click(screen.getByRole('button', { name: 'Xem trước' }));
  return user;
}

describe('task pane: Tự động điền', () => {
  it('previews the cells per sheet, writes them on confirmation and checks again', async () => {
    const host = memoryHost(workbook(thachAnAssignment()));
    const user = await openFill(host);
    await screen.findByText('Sẽ ghi');
    expect(screen.getByText('140 ô trong trang "Giao chỉ tiêu xã"')).toBeTruthy();
    expect(screen.getByText('20 ô đã nhập được giữ nguyên.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ghi công thức' }));
    await screen.findByText('Đã ghi 140 ô.');
    await screen.findByText('Kiểm tra lại sau khi điền:');
    expect(host.applyPlan.mock.calls[0][0].writes.every((w: { replaces?: unknown }) => w.replaces === undefined)).toBe(true);
  });

  it('replaces typed cells only when the user ticks the box that lists them', async () => {
    const host = memoryHost(workbook(thachAnAssignment()));
    const user = await openFill(host);
    const box = await screen.findByRole('checkbox', { name: /Thay cả 20 ô đã nhập/ });
    expect(screen.getByText(/^Giao chỉ tiêu xã: C19, D19, E19/)).toBeTruthy();
    await user.click(box);
    expect(screen.getByText('160 ô trong trang "Giao chỉ tiêu xã"')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ghi công thức' }));
    await screen.findByText('Đã ghi 160 ô.');
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    await screen.findByText('Không có ô nào cần điền: các công thức đã có đủ.');
  });

  it('says which typed cells Excel kept because it could add no note for their old values', async () => {
    const host = memoryHost(workbook(thachAnAssignment()));
    host.applyPlan.mockImplementationOnce(async () => ({ kept: ["'Giao chỉ tiêu xã'!C19", "'Giao chỉ tiêu xã'!D19"] }));
    const user = await openFill(host);
    await user.click(await screen.findByRole('checkbox', { name: /Thay cả 20 ô đã nhập/ }));
    await user.click(screen.getByRole('button', { name: 'Ghi công thức' }));
    await screen.findByText('Đã ghi 158 ô.');
    expect(screen.getByText(/Giữ nguyên 2 ô đã nhập \('Giao chỉ tiêu xã'!C19, 'Giao chỉ tiêu xã'!D19\): Excel này không cho ghi chú/)).toBeTruthy();
  });

  it('says which cells of an Excel Table Excel filled itself and the fill put back', async () => {
    const host = memoryHost(workbook(thachAnAssignment()));
    host.applyPlan.mockImplementationOnce(async () => ({ kept: [], restored: ["'Giao chỉ tiêu xã'!AA40", "'Giao chỉ tiêu xã'!AB40"] }));
    const user = await openFill(host);
    await screen.findByText('Sẽ ghi');
    await user.click(screen.getByRole('button', { name: 'Ghi công thức' }));
    await screen.findByText('Đã ghi 140 ô.');
    expect(screen.getByText(/Excel đã tự chép công thức vào 2 ô của bảng .*'Giao chỉ tiêu xã'!AA40, 'Giao chỉ tiêu xã'!AB40.* đã được trả lại như cũ/)).toBeTruthy();
  });

  it('a write Excel stops part way offers "Hoàn tác", which puts the written cells back', async () => {
    const original = workbook(thachAnAssignment());
    const host = memoryHost(original);
    const realApply = host.applyPlan.getMockImplementation()!;
    host.applyPlan.mockImplementationOnce(async (plan) => {
      // The first half of the cells reached the sheet before Excel failed.
      const { undo } = await realApply({ ...plan, writes: plan.writes.slice(0, plan.writes.length >> 1) });
      throw Object.assign(new Error('GeneralException'), { code: 'GeneralException', undo });
    });
    const user = await openFill(host);
    await screen.findByText('Sẽ ghi');
    await user.click(screen.getByRole('button', { name: 'Ghi công thức' }));
    await screen.findByText(/Excel dừng giữa chừng: một phần ô đã được ghi/);
    expect(cellList(host.current().sheets[0])).not.toEqual(cellList(original.sheets[0]));
    await user.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    await screen.findByText(/^Đã hoàn tác:/);
    expect(cellList(host.current().sheets[0])).toEqual(cellList(original.sheets[0]));
  });

  it('a write Excel refuses is titled as the fill that failed, says what happened and what to do, with Excel\'s words under "Chi tiết"; in English too', async () => {
    const host = memoryHost(workbook(thachAnAssignment()));
    host.applyPlan.mockImplementationOnce(async () => { throw Object.assign(new Error('The request payload size has exceeded the limit.'), { code: 'RequestPayloadSizeLimitExceeded' }); });
    const user = await openFill(host);
    await screen.findByText('Sẽ ghi');
    await user.click(screen.getByRole('button', { name: 'Ghi công thức' }));
    await screen.findByText(/^Không điền được: chưa ghi hoặc chỉ ghi một phần/);
    expect(screen.getByText(/^Excel từ chối vì yêu cầu quá lớn/)).toBeTruthy();
    expect(screen.getByText(/^Bấm lại một lần nữa; nếu vẫn lỗi, mở sổ làm việc bằng Excel trên máy tính/)).toBeTruthy();
    const details = screen.getByText('Chi tiết').closest('details')!;
    expect(details.textContent).toContain('RequestPayloadSizeLimitExceeded: The request payload size has exceeded the limit.');
    expect(screen.queryByText('Không kiểm tra được')).toBeNull();
    // The failure is data: switching the language words it again.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Ngôn ngữ' }), 'en');
    expect(await screen.findByText(/^Excel refused the request as too large/)).toBeTruthy();
    expect(screen.getByText('Details')).toBeTruthy();
  });

  it('a write Excel stops part way can go on from there ("Ghi tiếp"), or be undone', async () => {
    const host = memoryHost(workbook(thachAnAssignment()));
    const realApply = host.applyPlan.getMockImplementation()!;
    const resume = { undo: { cells: [], merges: [], notes: [] }, before: { cells: [], merges: [], notes: [] } };
    host.applyPlan.mockImplementationOnce(async (plan) => {
      const { undo } = await realApply({ ...plan, writes: plan.writes.slice(0, plan.writes.length >> 1) });
      throw Object.assign(new Error('The operation failed because multiple workbooks are open'), { code: 'InactiveWorkbook', undo, resume });
    });
    const user = await openFill(host);
    await screen.findByText('Sẽ ghi');
    await user.click(screen.getByRole('button', { name: 'Ghi công thức' }));
    await screen.findByText(/sổ làm việc này không còn được chọn/);
    expect(screen.getByText(/^Bấm "Ghi tiếp" để ghi nốt phần còn lại/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hoàn tác' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ghi tiếp' }));
    await screen.findByText('Đã ghi 140 ô.');
    // The resume state goes to the host as given (after the progress of the work).
    expect(host.applyPlan.mock.calls[1][2]).toBe(resume);
  });

  it('"Hoàn tác" names the cells a person changed since the fill, which it leaves', async () => {
    const host = memoryHost(workbook(thachAnAssignment()));
    host.undo.mockImplementationOnce(async () => ({ restored: 136, refused: ["'Giao chỉ tiêu xã'!AA40"], notesLeft: [] }));
    const user = await openFill(host);
    await screen.findByText('Sẽ ghi');
    await user.click(screen.getByRole('button', { name: 'Ghi công thức' }));
    await screen.findByText('Đã ghi 140 ô.');
    await user.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    await screen.findByText('Đã hoàn tác: 136 ô trở lại như trước khi điền.');
    expect(screen.getByText("Giữ nguyên 1 ô đã được sửa sau khi điền ('Giao chỉ tiêu xã'!AA40): không trả lại những ô đó; hãy sửa tay nếu cần.")).toBeTruthy();
  });

  it('an undo Excel stops keeps its button: pressed again, it goes on', async () => {
    const host = memoryHost(workbook(thachAnAssignment()));
    host.undo.mockImplementationOnce(async () => { throw Object.assign(new Error('Excel is in cell-editing mode.'), { code: 'InvalidOperationInCellEditMode' }); });
    const user = await openFill(host);
    await screen.findByText('Sẽ ghi');
    await user.click(screen.getByRole('button', { name: 'Ghi công thức' }));
    await screen.findByText('Đã ghi 140 ô.');
    await user.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    await screen.findByText('Hoàn tác chưa xong');
    expect(screen.getByText(/^Nhấn Enter hoặc Tab, hoặc bấm sang ô khác/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    await screen.findByText(/^Đã hoàn tác: 140 ô/);
  });

  it('"Hoàn tác" puts the sheet back as it was before the fill, and checks again', async () => {
    const original = workbook(thachAnAssignment());
    const host = memoryHost(original);
    const user = await openFill(host);
    await user.click(await screen.findByRole('checkbox', { name: /Thay cả 20 ô đã nhập/ }));
    await user.click(screen.getByRole('button', { name: 'Ghi công thức' }));
    await screen.findByText('Đã ghi 160 ô.');
    expect(host.current()).not.toEqual(original);
    await user.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    await screen.findByText('Đã hoàn tác: 160 ô trở lại như trước khi điền.');
    const cells = (book: typeof original) => book.sheets[0].values.flatMap((row, r) => row.map((v, c) => [r, c, v, book.sheets[0].formulas?.[r]?.[c] ?? null]).filter(([, , v, f]) => v !== null || f !== null));
    expect(cells(host.current())).toEqual(cells(original));
  });

  it('refuses a sheet with unknown marks, says why, and offers no write', async () => {
    const bad = thachAnAssignment();
    bad.values[6][4] = 'có';
    const host = memoryHost(workbook(bad));
    await openFill(host);
    await screen.findByText('Không điền được vì bảng có lỗi làm sai công thức');
    expect(screen.getByText(/Giao chỉ tiêu xã!E7: Ký hiệu "có" không hợp lệ/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ghi công thức' }).hasAttribute('disabled')).toBe(true);
    expect(host.applyPlan).not.toHaveBeenCalled();
  });
});
