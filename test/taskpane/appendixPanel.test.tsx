/**
 * @jest-environment jsdom
 */
import { configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { memoryHost } from '../helpers/memoryHost';
import { sheet, workbook } from '../helpers/sheets';
import { langSon2019TaskSheet } from '../fixtures/langSonTasks2019';
import { thachAnAssignment, thachAnResponsibility } from '../fixtures/thachAn';

configure({ asyncUtilTimeout: 20_000 });

async function openAppendix() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('tab', { name: 'Phụ lục' }));
  return user;
}

describe('task pane: Phụ lục', () => {
  it('previews the sections and their row counts', async () => {
    render(<App host={memoryHost(workbook(langSon2019TaskSheet()))} />);
    const user = await openAppendix();
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    await screen.findByText('13 mục, 31 dòng nhiệm vụ');
    expect(screen.getByText('I. Kiến toàn bộ máy (1)')).toBeTruthy();
    expect(screen.getByText(/Căn cứ vào điều kiện thực tế/)).toBeTruthy();
  });

  it('generates the sheet with the options given, and goes to it', async () => {
    const host = memoryHost(workbook(thachAnAssignment(), thachAnResponsibility()));
    render(<App host={host} />);
    const user = await openAppendix();
    await user.type(screen.getByRole('textbox', { name: 'Số kế hoạch' }), '15');
    await user.type(screen.getByRole('textbox', { name: 'Chỉ đạo (dòng giao chỉ tiêu)' }), 'BCĐ các CTMTQG huyện');
    await user.click(screen.getByRole('button', { name: 'Tạo phụ lục' }));
    await screen.findByText('Đã tạo trang "Phụ lục".');
    expect(host.writeSheet.mock.calls.map((c) => c[0])).toEqual(['matrix', 'appendix']);
    const layout = host.writeSheet.mock.calls[1][1];
    expect(layout.rows[1].cells[0]).toBe('(Kèm theo Kế hoạch số 15/KH-UBND ngày        của UBND huyện Thạch An)');
    expect(layout.rows.find((r: { kind: string }) => r.kind === 'task').cells[2]).toBe('BCĐ các CTMTQG huyện');
    await user.click(screen.getByRole('button', { name: 'Đi tới trang' }));
    expect(host.goTo).toHaveBeenCalledWith('Phụ lục', 'A1');
  });

  it('"Hoàn tác" removes the sheets just generated and gives back the ones they replaced', async () => {
    const earlier = sheet('Phụ lục', [['Phụ lục của lần tạo trước']]);
    const host = memoryHost(workbook(thachAnAssignment(), thachAnResponsibility(), earlier));
    render(<App host={host} />);
    const user = await openAppendix();
    await user.click(screen.getByRole('button', { name: 'Tạo phụ lục' }));
    await screen.findByText('Đã tạo trang "Phụ lục".');
    expect(host.current().sheets.find((s) => s.name === 'Phụ lục')).not.toEqual(earlier);
    await user.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    await screen.findByText(/Đã hoàn tác: xóa trang Phụ lục, Ma trận phụ trách/);
    expect(host.undoSheets).toHaveBeenCalledWith(['matrix', 'appendix']);
    expect(host.current().sheets.map((s) => s.name)).toEqual([thachAnAssignment().name, thachAnResponsibility().name, 'Phụ lục']);
    expect(host.current().sheets.find((s) => s.name === 'Phụ lục')).toEqual(earlier);
    expect(screen.queryByText('Đã tạo trang "Phụ lục".')).toBeNull();
  });

  it('says what is missing when there is nothing to build from', async () => {
    const host = memoryHost(workbook(sheet('Bìa', [['Kế hoạch năm 2025']])));
    render(<App host={host} />);
    const user = await openAppendix();
    await user.click(screen.getByRole('button', { name: 'Tạo phụ lục' }));
    await screen.findByText(/chưa có trang nhiệm vụ/);
    expect(host.writeSheet).not.toHaveBeenCalled();
  });
});
