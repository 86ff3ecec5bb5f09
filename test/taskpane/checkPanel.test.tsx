/**
 * @jest-environment jsdom
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import type { WorkbookHost } from '../../src/taskpane/host';
import { memoryHost } from '../helpers/memoryHost';
import { workbook } from '../helpers/sheets';
import { langSon2021Funding, langSon2021Targets } from '../fixtures/langSon';

const fakeHost = (overrides: Partial<WorkbookHost> = {}) => memoryHost(workbook(langSon2021Targets(), langSon2021Funding()), overrides);

describe('task pane: the summary chart', () => {
  it('draws communes meeting each criterion now and at year end, and inserts a native chart on request', async () => {
    const { thachAnAssignment } = await import('../fixtures/thachAn');
    const host = memoryHost(workbook(thachAnAssignment()));
    const user = userEvent.setup();
    render(<App host={host} />);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
    const chart = await screen.findByRole('img', { name: /^Số xã đạt từng tiêu chí\./ });
    expect(chart.getAttribute('aria-label')).toContain('9: 2 → 13');
    await user.click(screen.getByRole('button', { name: 'Chèn biểu đồ vào Excel' }));
    await screen.findByText('Đã chèn biểu đồ vào trang "Biểu đồ tiêu chí".');
    expect(host.insertChart.mock.calls[0][0]).toHaveLength(19);
    host.undoSheets.mockImplementationOnce(async () => ['Biểu đồ tiêu chí']);
    await user.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    await screen.findByText(/Đã hoàn tác: xóa trang Biểu đồ tiêu chí/);
    expect(host.undoSheets).toHaveBeenCalledWith(['chart']);
    expect(screen.queryByText('Đã chèn biểu đồ vào trang "Biểu đồ tiêu chí".')).toBeNull();
  });
});

describe('task pane: failures of the chart and of the highlight reach the user', () => {
  it('says so when Excel cannot insert the chart (another workbook has the focus), and what to do', async () => {
    const { thachAnAssignment } = await import('../fixtures/thachAn');
    const host = memoryHost(workbook(thachAnAssignment()), { insertChart: jest.fn(async () => { throw Object.assign(new Error('The operation failed because multiple workbooks are open and the workbook being called by this API has lost focus.'), { code: 'InactiveWorkbook' }); }) });
    const user = userEvent.setup();
    render(<App host={host} />);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
    await user.click(await screen.findByRole('button', { name: 'Chèn biểu đồ vào Excel' }));
    await screen.findByText('Excel không thực hiện được thao tác này');
    expect(screen.getByText(/sổ tính này không còn được chọn/)).toBeTruthy();
    expect(screen.getByText('Chi tiết').closest('details')!.textContent).toContain('InactiveWorkbook: The operation failed');
    expect(screen.queryByText(/Đã chèn biểu đồ/)).toBeNull();
  });

  it('says so when Excel refuses to highlight (a protected sheet), and the switch stays off', async () => {
    const host = fakeHost({ highlight: jest.fn(async () => { throw Object.assign(new Error('The cell or chart you\'re trying to change is on a protected sheet.'), { code: 'AccessDenied' }); }) });
    const user = userEvent.setup();
    render(<App host={host} />);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
    const toggle = await screen.findByRole('switch', { name: 'Tô màu các ô có lỗi' });
    await user.click(toggle);
    await screen.findByText('Excel không thực hiện được thao tác này');
    expect(screen.getByText(/^Excel không cho ghi: trang tính hoặc cấu trúc sổ tính đang được bảo vệ/)).toBeTruthy();
    expect((toggle as HTMLInputElement).checked).toBe(false);
  });
});

describe('task pane: Kiểm tra', () => {
  it('says what to do before the first run', () => {
    render(<App host={fakeHost()} />);
    expect(screen.getByRole('heading', { name: 'Kế hoạch nông thôn mới' })).toBeTruthy();
    expect(screen.getByText(/Bấm "Kiểm tra sổ tính"/)).toBeTruthy();
  });

  it('checks the workbook, shows the summary and the findings by sheet, and goes to a finding\'s cell', async () => {
    const host = fakeHost();
    const user = userEvent.setup();
    render(<App host={host} />);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
    await screen.findByText('4 lỗi, 0 cảnh báo, 0 thông tin');
    expect(screen.getByText('Chi tieu 2021: chỉ tiêu theo tiêu chí')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Von 2021' });
    const finding = within(list).getByRole('button', { name: /Lỗi: Đi tới Von 2021!C8/ });
    await user.click(finding);
    expect(host.goTo).toHaveBeenCalledWith('Von 2021', 'C8');
  });

  it('says under each sheet what it understood of its tables, and lists only what is to be acted on', async () => {
    const { sheet } = await import('../helpers/sheets');
    const rollup = sheet('Theo nhóm', [
      ['TỔNG HỢP KẾ HOẠCH XÃ ĐẠT CHUẨN NÔNG THÔN MỚI NĂM 2027 THEO NHÓM XÃ'],
      ['STT', 'Nhóm xã', 'Tổng số xã', 'Số xã đạt chuẩn đến hết năm 2026', 'Số xã đạt thêm năm 2027', 'Lũy kế', 'Tỷ lệ (%)'],
      [null, 'Toàn tỉnh', 124, 51, 14, 65, 52.4],
      [1, 'Nhóm 1', 40, 30, 5, 35, 87.5],
      [2, 'Nhóm 2', 52, 18, 6, 24, 46.2],
      [3, 'Nhóm 3', 32, 3, 3, 6, 17.8],
    ]);
    const user = userEvent.setup();
    render(<App host={memoryHost(workbook(rollup))} />);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
    await screen.findByText('1 lỗi, 0 cảnh báo, 0 thông tin');
    // How the table was read is said under the sheet, not counted among the findings.
    expect(screen.getByText(/A2: Đã đọc bảng tổng hợp theo đơn vị: 4 dòng theo nhóm xã; \d+\/\d+ quan hệ số học đúng\./)).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Theo nhóm' });
    expect(within(list).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([expect.stringMatching(/^Lỗi: Đi tới Theo nhóm!G6\./)]);
  });

  it('highlights the cells in error and removes only its own highlight', async () => {
    const host = fakeHost();
    const user = userEvent.setup();
    render(<App host={host} />);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
    const toggle = await screen.findByRole('switch', { name: 'Tô màu các ô có lỗi' });
    await user.click(toggle);
    await waitFor(() => expect(host.highlight).toHaveBeenCalledTimes(1));
    expect(host.highlight.mock.calls[0][0].map((c: { cell: string }) => c.cell)).toEqual(['E18', 'E23', 'E25', 'C8']);
    await user.click(toggle);
    await waitFor(() => expect(host.clearHighlights).toHaveBeenCalledTimes(2));
    expect(host.highlight).toHaveBeenCalledTimes(1);
  });

  it('speaks English when asked', async () => {
    const user = userEvent.setup();
    render(<App host={fakeHost()} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Ngôn ngữ' }), 'en');
    await user.click(screen.getByRole('button', { name: 'Check the workbook' }));
    await screen.findByText('4 errors, 0 warnings, 0 infos');
    expect(screen.getAllByText(/Share states 99.5% but 180\/181/).length).toBe(1);
  });

  it('switching the language after a check shows the same findings in the other language, without checking again', async () => {
    const host = fakeHost();
    const user = userEvent.setup();
    render(<App host={host} />);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
    await screen.findByText('4 lỗi, 0 cảnh báo, 0 thông tin');
    const reads = (host.read as jest.Mock).mock.calls.length;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Ngôn ngữ' }), 'en');
    await screen.findByText('4 errors, 0 warnings, 0 infos');
    expect(screen.getAllByText(/Share states 99.5% but 180\/181/).length).toBe(1);
    expect((host.read as jest.Mock).mock.calls.length).toBe(reads);
  });

  it('takes its language from Office: English for an English Office, Vietnamese otherwise', async () => {
    const { langFromOffice } = await import('../../src/taskpane/language');
    expect(['en-US', 'en-GB', 'vi-VN', 'fr-FR', undefined].map(langFromOffice)).toEqual(['en', 'en', 'vi', 'vi', 'vi']);
    render(<App host={fakeHost()} initialLang={langFromOffice('en-US')} />);
    expect(screen.getByRole('button', { name: 'Check the workbook' })).toBeTruthy();
  });

  it('says so when Excel refuses to go to a finding\'s cell, instead of doing nothing', async () => {
    const user = userEvent.setup();
    render(<App host={fakeHost({ goTo: jest.fn(async () => { throw new Error('Không tìm thấy trang "Von 2021"'); }) })} />);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
    const list = await screen.findByRole('list', { name: 'Von 2021' });
    await user.click(within(list).getByRole('button', { name: /Lỗi: Đi tới Von 2021!C8/ }));
    await screen.findByText('Excel không thực hiện được thao tác này');
    expect(screen.getByText('Không tìm thấy trang "Von 2021"')).toBeTruthy();
  });

  it('says why when the workbook cannot be read', async () => {
    const user = userEvent.setup();
    render(<App host={fakeHost({ read: async () => { throw new Error('Sổ tính đang được sửa ở nơi khác'); } })} />);
    await user.click(screen.getByRole('button', { name: 'Kiểm tra sổ tính' }));
    await screen.findByText('Không kiểm tra được');
    expect(screen.getByText('Sổ tính đang được sửa ở nơi khác')).toBeTruthy();
  });
});
