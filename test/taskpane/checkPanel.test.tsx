/**
 * @jest-environment jsdom
 */
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import type { WorkbookHost } from '../../src/taskpane/host';
import { memoryHost } from '../helpers/memoryHost';
import { sheet, workbook } from '../helpers/sheets';
import { langSon2021Funding, langSon2021Targets } from '../fixtures/langSon';

// The machine the tests run on is shared: a check may take more than a second.
configure({ asyncUtilTimeout: 20_000 });

const fakeHost = (overrides: Partial<WorkbookHost> = {}) => memoryHost(workbook(langSon2021Targets(), langSon2021Funding()), overrides);

/** The finding of a cell: its go-to button, and the item around it (its suggestion and actions). */
function finding(sheetName: string, cell: string) {
  const button = within(screen.getByRole('list', { name: sheetName })).getByRole('button', { name: new RegExp(`Đi tới ${sheetName}!${cell}\\.`) });
  return { button, item: button.closest('li') as HTMLElement };
}

async function checked(host: WorkbookHost, summary = '4 lỗi') {
  const user = userEvent.setup();
  render(<App host={host} />);
  await user.click(screen.getByRole('button', { name: 'Kiểm tra sổ làm việc' }));
  await screen.findByText(summary);
  return user;
}

describe('task pane: Kiểm tra — findings first', () => {
  it('says what to do before the first run', () => {
    render(<App host={fakeHost()} />);
    expect(screen.getByRole('heading', { name: 'Kế hoạch nông thôn mới' })).toBeTruthy();
    expect(screen.getByText(/Bấm "Kiểm tra sổ làm việc"/)).toBeTruthy();
  });

  it('shows one summary line, takes the focus there, and lists the findings by sheet before how the sheets were read', async () => {
    const host = fakeHost();
    await checked(host);
    const summary = screen.getByTestId('check-summary');
    expect(summary.textContent).toMatch(/^4 lỗitrong 2 trang, \d+ ô đã đọc$/);
    expect(document.activeElement).toBe(summary);
    const list = screen.getByRole('list', { name: 'Von 2021' });
    const details = screen.getByRole('button', { name: 'Cách đọc sổ làm việc' });
    // The findings come before the folded details in the page.
    expect(list.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(details.getAttribute('aria-expanded')).toBe('false');
    const panel = screen.getByRole('region', { name: 'Kiểm tra' });
    expect(within(panel).queryByText(/Bộ tiêu chí xã NTM 2021–2025/)).toBeNull();
    await userEvent.setup().click(details);
    expect(within(panel).getByText(/^Bộ tiêu chí xã NTM 2021–2025\. Chọn theo năm 2021/)).toBeTruthy();
    expect(within(panel).getByText(/^Chi tieu 2021: chỉ tiêu theo tiêu chí \(\d+ ô\)$/)).toBeTruthy();
  });

  it('goes to a finding\'s cell, and previous / next walk the findings and keep the focus on the list', async () => {
    const host = fakeHost();
    const user = await checked(host);
    await user.click(finding('Von 2021', 'C8').button);
    expect(host.goTo).toHaveBeenCalledWith('Von 2021', 'C8');
    await user.click(screen.getByRole('button', { name: 'Sau ›' }));
    await waitFor(() => expect(host.goTo).toHaveBeenLastCalledWith('Chi tieu 2021', 'E18'));
    expect(screen.getByText('1/4')).toBeTruthy();
    // After "go to", the focus is on the finding gone to, not on the button pressed.
    await waitFor(() => expect(document.activeElement).toBe(finding('Chi tieu 2021', 'E18').button));
    await user.click(screen.getByRole('button', { name: 'Sau ›' }));
    await waitFor(() => expect(host.goTo).toHaveBeenLastCalledWith('Chi tieu 2021', 'E23'));
    await user.click(screen.getByRole('button', { name: '‹ Trước' }));
    await waitFor(() => expect(host.goTo).toHaveBeenLastCalledWith('Chi tieu 2021', 'E18'));
    expect(finding('Chi tieu 2021', 'E18').item.getAttribute('aria-current')).toBe('true');
  });

  it('says what to write: a share typed as text and a total, at the digits shown', async () => {
    await checked(fakeHost());
    expect(within(finding('Chi tieu 2021', 'E18').item).getByText('Nên ghi 99,4%')).toBeTruthy();
    expect(within(finding('Chi tieu 2021', 'E23').item).getByText('Nên ghi 94%')).toBeTruthy();
    expect(within(finding('Chi tieu 2021', 'E25').item).getByText('Nên ghi 0,6%')).toBeTruthy();
    expect(within(finding('Von 2021', 'C8').item).getByText('Nên ghi 4.766')).toBeTruthy();
  });

  it('"Sửa" writes the live formula where the fill has one, checks again, and "Hoàn tác" puts the cell back', async () => {
    const host = fakeHost();
    const user = await checked(host);
    const fix = within(finding('Von 2021', 'C8').item).getByRole('button', { name: 'Sửa' });
    expect(fix.getAttribute('title')).toMatch(/^Ghi công thức =SUM\(C3:C7\)/);
    await user.click(fix);
    await screen.findByText(/Đã sửa ô C8\. Giá trị cũ giữ trong ghi chú của ô\./);
    // Checked again: C8 is right now (and the shares of the items, taken of the stated total, are checked against it).
    await waitFor(() => expect(screen.queryByRole('button', { name: /Đi tới Von 2021!C8\./ })).toBeNull());
    expect(host.applyPlan.mock.calls[0][0].writes).toEqual([expect.objectContaining({ sheet: 'Von 2021', cell: 'C8', formula: '=SUM(C3:C7)', replaces: 4756 })]);
    const von = host.current().sheets.find((s) => s.name === 'Von 2021')!;
    expect(von.formulas?.[7]?.[2]).toBe('=SUM(C3:C7)');
    await user.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    await screen.findByText('4 lỗi');
    await screen.findByText('Đã hoàn tác: các ô vừa sửa trở lại như trước.');
    expect(host.current().sheets.find((s) => s.name === 'Von 2021')!.values[7][2]).toBe(4756);
  });

  it('"Sửa" on a share typed as text writes the text as it should have been typed', async () => {
    const host = fakeHost();
    const user = await checked(host);
    await user.click(within(finding('Chi tieu 2021', 'E18').item).getByRole('button', { name: 'Sửa' }));
    await screen.findByText('3 lỗi');
    expect(host.applyPlan.mock.calls[0][0].writes).toEqual([expect.objectContaining({ cell: 'E18', text: '99,4%', style: 'typed' })]);
  });

  it('gathers findings alike on a sheet into one line that opens to its cells', async () => {
    const marks = Array.from({ length: 19 }, () => 'x');
    const host = memoryHost(workbook(sheet('Giao', [
      ['GIAO CHỈ TIÊU NĂM 2025'], ['TT', 'Tên xã', ...Array.from({ length: 19 }, (_, i) => i + 1)],
      ...Array.from({ length: 5 }, (_, i) => [i + 1, `Xã ${i + 1}`, '?', ...marks.slice(1)]),
    ])));
    const user = await checked(host, '5 lỗi');
    const group = screen.getByRole('button', { name: /^Lỗi: 5 ô: Ký hiệu "\?" không hợp lệ/ });
    expect(group.getAttribute('aria-expanded')).toBe('false');
    await user.click(group);
    const cells = screen.getByRole('list', { name: '5 ô' });
    expect(within(cells).getAllByRole('button').map((b) => b.textContent)).toEqual(['C3', 'C4', 'C5', 'C6', 'C7']);
    await user.click(within(cells).getByRole('button', { name: /Đi tới Giao!C5/ }));
    expect(host.goTo).toHaveBeenCalledWith('Giao', 'C5');
  });

  it('filters by sheet and by level', async () => {
    const user = await checked(fakeHost());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Trang' }), 'Von 2021');
    expect(screen.queryByRole('list', { name: 'Chi tieu 2021' })).toBeNull();
    expect(within(screen.getByRole('list', { name: 'Von 2021' })).getAllByRole('listitem')).toHaveLength(1);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Trang' }), '');
    expect(screen.getByRole('list', { name: 'Chi tieu 2021' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lỗi 4' })).toBeTruthy();
  });

  it('"Bỏ qua" remembers the finding in the workbook and takes it off the list; "Báo lại" brings it back', async () => {
    const host = fakeHost();
    const user = await checked(host);
    await user.click(within(finding('Von 2021', 'C8').item).getByRole('button', { name: 'Bỏ qua' }));
    await screen.findByText('3 lỗi');
    expect(host.saveIgnored).toHaveBeenLastCalledWith([{ code: 'total-mismatch', sheet: 'Von 2021', cell: 'C8', value: '4756' }]);
    expect(screen.getByTestId('check-summary').textContent).toContain('1 đã bỏ qua');
    expect(screen.queryByRole('list', { name: 'Von 2021' })).toBeNull();
    // Checked again, the workbook still says to ignore it.
    await user.click(screen.getByRole('button', { name: 'Kiểm tra lại' }));
    await screen.findByText('3 lỗi');
    await user.click(screen.getByRole('button', { name: 'Xem 1 phát hiện đã bỏ qua' }));
    await user.click(screen.getByRole('button', { name: 'Báo lại' }));
    await screen.findByText('4 lỗi');
    expect(host.saveIgnored).toHaveBeenLastCalledWith([]);
  });

  it('speaks English when asked', async () => {
    const user = userEvent.setup();
    render(<App host={fakeHost()} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Ngôn ngữ' }), 'en');
    await user.click(screen.getByRole('button', { name: 'Check the workbook' }));
    await screen.findByText('4 errors');
    expect(screen.getAllByText(/Share states 99.5% but 180\/181/).length).toBe(1);
    expect(screen.getByText('Should be 99.4%')).toBeTruthy();
    expect(screen.getByText('Should be 4,766')).toBeTruthy();
  });

  it('switching the language after a check shows the same findings in the other language, without checking again', async () => {
    const host = fakeHost();
    const user = await checked(host);
    const reads = (host.read as jest.Mock).mock.calls.length;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Ngôn ngữ' }), 'en');
    await screen.findByText('4 errors');
    expect(screen.getAllByText(/Share states 99.5% but 180\/181/).length).toBe(1);
    expect(screen.getByTestId('check-summary').textContent).toMatch(/in 2 sheets, [\d,]+ cells read/);
    expect((host.read as jest.Mock).mock.calls.length).toBe(reads);
  });

  it('takes its language from Office: English for an English Office, Vietnamese otherwise', async () => {
    const { langFromOffice } = await import('../../src/taskpane/language');
    expect(['en-US', 'en-GB', 'vi-VN', 'fr-FR', undefined].map(langFromOffice)).toEqual(['en', 'en', 'vi', 'vi', 'vi']);
    render(<App host={fakeHost()} initialLang={langFromOffice('en-US')} />);
    expect(screen.getByRole('button', { name: 'Check the workbook' })).toBeTruthy();
  });

  it('says so when Excel refuses to go to a finding\'s cell, instead of doing nothing', async () => {
    const user = await checked(fakeHost({ goTo: jest.fn(async () => { throw new Error('Không tìm thấy trang "Von 2021"'); }) }));
    await user.click(finding('Von 2021', 'C8').button);
    await screen.findByText('Excel không thực hiện được thao tác này');
    expect(screen.getByText('Không tìm thấy trang "Von 2021"')).toBeTruthy();
  });

  it('in the web page, no message names Excel', async () => {
    const user = userEvent.setup();
    render(<App host={fakeHost({ goTo: jest.fn(async () => { throw new Error('Không tìm thấy trang "Von 2021"'); }) })} mode="web" />);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra sổ làm việc' }));
    await screen.findByText('4 lỗi');
    await user.click(finding('Von 2021', 'C8').button);
    await screen.findByText('Không thực hiện được thao tác này');
    expect(document.body.textContent).not.toMatch(/Excel/);
  });

  it('says why when the workbook cannot be read', async () => {
    const user = userEvent.setup();
    render(<App host={fakeHost({ read: async () => { throw new Error('Sổ làm việc đang được sửa ở nơi khác'); } })} />);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra sổ làm việc' }));
    await screen.findByText('Không kiểm tra được');
    expect(screen.getByText('Sổ làm việc đang được sửa ở nơi khác')).toBeTruthy();
  });
});

describe('task pane: long work', () => {
  it('shows where a check is, and "Dừng" stops it, leaving the pane as it was', async () => {
    let release: () => void = () => undefined;
    const host = fakeHost();
    const read = host.read as jest.Mock;
    const book = host.current();
    read.mockImplementationOnce((onProgress?: (done: number, total: number) => void) => new Promise((resolve) => {
      onProgress?.(1, 4);
      release = () => resolve(book);
    }));
    const user = userEvent.setup();
    render(<App host={host} />);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra sổ làm việc' }));
    const bar = await screen.findByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('0.25');
    expect(screen.getByText('Đang đọc các trang… 25%')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Dừng' }));
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    release();
    expect(screen.queryByTestId('check-summary')).toBeNull();
    expect(screen.getByText(/Bấm "Kiểm tra sổ làm việc"/)).toBeTruthy();
    // And the next check runs to its end.
    await user.click(screen.getByRole('button', { name: 'Kiểm tra sổ làm việc' }));
    await screen.findByText('4 lỗi');
  });
});

describe('task pane: the chart and the options, folded below the findings', () => {
  it('draws communes meeting each criterion now and at year end, and inserts a native chart on request', async () => {
    const { thachAnAssignment } = await import('../fixtures/thachAn');
    const host = memoryHost(workbook(thachAnAssignment()));
    const user = userEvent.setup();
    render(<App host={host} />);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra sổ làm việc' }));
    await user.click(await screen.findByRole('button', { name: 'Biểu đồ' }));
    const chart = await screen.findByRole('img', { name: /^Số xã đạt từng tiêu chí\./ });
    expect(chart.getAttribute('aria-label')).toContain('9: 2 → 13');
    await user.click(screen.getByRole('button', { name: 'Chèn biểu đồ vào Excel' }));
    await screen.findByText('Đã chèn biểu đồ vào trang "Biểu đồ tiêu chí".');
    expect(host.insertChart.mock.calls[0][0]).toHaveLength(19);
    host.undoSheets.mockImplementationOnce(async () => ['Biểu đồ tiêu chí']);
    await user.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    await screen.findByText(/Đã hoàn tác: xóa trang Biểu đồ tiêu chí/);
    expect(host.undoSheets).toHaveBeenCalledWith(['chart']);
  });

  it('highlights the cells in error and removes only its own highlight', async () => {
    const host = fakeHost();
    const user = await checked(host);
    await user.click(screen.getByRole('button', { name: 'Tùy chọn' }));
    const toggle = screen.getByRole('switch', { name: 'Tô màu các ô có lỗi' });
    await user.click(toggle);
    await waitFor(() => expect(host.highlight).toHaveBeenCalledTimes(1));
    expect(host.highlight.mock.calls[0][0].map((c: { cell: string }) => c.cell)).toEqual(['E18', 'E23', 'E25', 'C8']);
    await user.click(toggle);
    await waitFor(() => expect(host.clearHighlights).toHaveBeenCalledTimes(2));
    expect(host.highlight).toHaveBeenCalledTimes(1);
  });
});

describe('task pane: failures of the chart and of the highlight reach the user, beside their buttons', () => {
  /** Checks Thạch An's assignment, then asks for the chart where Excel throws `error`, and waits for the pane to say so. */
  async function chartRefused(error: Error) {
    const { thachAnAssignment } = await import('../fixtures/thachAn');
    const host = memoryHost(workbook(thachAnAssignment()), { insertChart: jest.fn(async () => { throw error; }) });
    const user = userEvent.setup();
    render(<App host={host} />);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra sổ làm việc' }));
    await user.click(await screen.findByRole('button', { name: 'Biểu đồ' }));
    await user.click(await screen.findByRole('button', { name: 'Chèn biểu đồ vào Excel' }));
    await screen.findByText('Excel không thực hiện được thao tác này');
    return { host, user };
  }

  it('says so when Excel cannot insert the chart (another workbook has the focus), and what to do', async () => {
    await chartRefused(Object.assign(new Error('The operation failed because multiple workbooks are open and the workbook being called by this API has lost focus.'), { code: 'InactiveWorkbook' }));
    expect(screen.getByText(/sổ làm việc này không còn được chọn/)).toBeTruthy();
    expect(screen.getByText('Chi tiết').closest('details')!.textContent).toContain('InactiveWorkbook: The operation failed');
    expect(screen.queryByText(/Đã chèn biểu đồ/)).toBeNull();
  });

  it('offers to take back what a chart insertion Excel stopped part way left', async () => {
    const { host, user } = await chartRefused(Object.assign(new Error('The operation failed.'), { code: 'GeneralException', undo: { added: ['Biểu đồ tiêu chí'] } }));
    host.undoSheets.mockImplementationOnce(async () => ['Biểu đồ tiêu chí']);
    await user.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    await screen.findByText(/Đã hoàn tác: xóa trang Biểu đồ tiêu chí/);
    expect(host.undoSheets).toHaveBeenCalledWith(['chart']);
  });

  it('says so when Excel refuses to highlight (a protected sheet), and the switch stays off', async () => {
    const host = fakeHost({ highlight: jest.fn(async () => { throw Object.assign(new Error('The cell or chart you\'re trying to change is on a protected sheet.'), { code: 'AccessDenied' }); }) });
    const user = await checked(host);
    await user.click(screen.getByRole('button', { name: 'Tùy chọn' }));
    const toggle = screen.getByRole('switch', { name: 'Tô màu các ô có lỗi' });
    await user.click(toggle);
    await screen.findByText('Excel không thực hiện được thao tác này');
    expect(screen.getByText(/^Excel không cho ghi: trang tính hoặc cấu trúc sổ làm việc đang được bảo vệ/)).toBeTruthy();
    expect((toggle as HTMLInputElement).checked).toBe(false);
  });
});
