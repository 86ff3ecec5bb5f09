/**
 * @jest-environment jsdom
 */
import { configure, render, screen } from '@testing-library/react';
import { openMore } from '../helpers/pane';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { memoryHost } from '../helpers/memoryHost';
import { sheet, workbook } from '../helpers/sheets';
import { checkWorkbook } from '../../src/domain/engine';

configure({ asyncUtilTimeout: 20_000 });

describe('task pane: Tạo biểu mẫu', () => {
  it('inserts the chosen template for the set, the year and the communes typed, and the result is read back as such', async () => {
    const host = memoryHost(workbook(sheet('Bìa', [['Kế hoạch']])));
    const user = userEvent.setup();
    render(<App host={host} />);
    await openMore(user, 'Tạo biểu mẫu');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Loại biểu' }), 'assignment');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bộ tiêu chí' }), 'xa-ntm-2026-2030');
    const year = screen.getByRole('spinbutton', { name: 'Năm kế hoạch' });
    await user.clear(year);
    await user.type(year, '2026');
    await user.type(screen.getByRole('textbox', { name: 'Danh sách xã (mỗi dòng một xã)' }), 'Lê Lai{enter}Đức Long{enter}Đức Xuân');
    await user.click(screen.getByRole('button', { name: 'Chèn vào sổ làm việc' }));
    await screen.findByText('Đã chèn: Giao chỉ tiêu xã.');
    const template = host.insertTemplate.mock.calls[0][0];
    expect(template.sheets[0].snapshot.values[5][1]).toBe('Lê Lai');
    const report = checkWorkbook(host.current());
    expect(report.sheets.find((s) => s.name === 'Giao chỉ tiêu xã')?.kind).toBe('assignment');
    expect(report.catalog.id).toBe('xa-ntm-2026-2030');
    expect(report.stats.errors).toBe(0);
  });

  it('"Hoàn tác" removes the sheets just inserted, and nothing else', async () => {
    const host = memoryHost(workbook(sheet('Bìa', [['Kế hoạch']])));
    const user = userEvent.setup();
    render(<App host={host} />);
    await openMore(user, 'Tạo biểu mẫu');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Loại biểu' }), 'assignment');
    await user.click(screen.getByRole('button', { name: 'Chèn vào sổ làm việc' }));
    await screen.findByText('Đã chèn: Giao chỉ tiêu xã.');
    expect(host.current().sheets.map((s) => s.name)).toEqual(['Bìa', 'Giao chỉ tiêu xã']);
    await user.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    await screen.findByText('Đã xóa các trang vừa chèn: Giao chỉ tiêu xã.');
    expect(host.current().sheets.map((s) => s.name)).toEqual(['Bìa']);
  });

  it('says why when Excel cannot insert sheets', async () => {
    const host = memoryHost(workbook(sheet('Bìa', [['Kế hoạch']])), { insertTemplate: async () => { throw new Error('cần ExcelApi 1.13'); } });
    const user = userEvent.setup();
    render(<App host={host} />);
    await openMore(user, 'Tạo biểu mẫu');
    await user.click(screen.getByRole('button', { name: 'Chèn vào sổ làm việc' }));
    await screen.findByText('cần ExcelApi 1.13');
  });
});
