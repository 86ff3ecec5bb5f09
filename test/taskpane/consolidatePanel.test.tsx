/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { configure, render, screen, within } from '@testing-library/react';
import { openMore } from '../helpers/pane';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import '../helpers/fileArrayBuffer';
import { memoryHost } from '../helpers/memoryHost';
import { sheet, workbook } from '../helpers/sheets';
import { tempDir } from '../helpers/xlsx';
import { checkWorkbook } from '../../src/domain/engine';
import { corruptFile, marksFor, templateFile } from '../consolidate/communeFiles';


configure({ asyncUtilTimeout: 20_000 });

const fileOf = (file: string) => new File([readFileSync(file)], path.basename(file));

describe('task pane: Tổng hợp', () => {
  const dir = tempDir();
  let files: File[];
  beforeAll(async () => {
    files = [
      fileOf(await templateFile(dir, 'le-lai.xlsx', [{ name: 'Lê Lai', marks: marksFor(1), group: 1 }])),
      fileOf(await templateFile(dir, 'duc-long.xlsx', [{ name: 'Đức Long', marks: marksFor(2), group: 2 }])),
      fileOf(await templateFile(dir, 'duc-long-ban-2.xlsx', [{ name: 'Đức Long', marks: marksFor(2), group: 2 }])),
      fileOf(corruptFile(dir, 'hong.xlsx')),
    ];
  });

  it('gathers the chosen files into the workbook and lists what to act on', async () => {
    const host = memoryHost(workbook(sheet('Bìa', [['Kế hoạch tỉnh']])));
    const user = userEvent.setup();
    render(<App host={host} />);
    await openMore(user, 'Tổng hợp');
    await user.upload(screen.getByTestId('consolidate-input'), files);
    expect(within(screen.getByRole('list', { name: '4 tệp đã chọn' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['duc-long-ban-2.xlsx', 'duc-long.xlsx', 'hong.xlsx', 'le-lai.xlsx']);
    await user.type(screen.getByRole('textbox', { name: /Danh sách xã dự kiến/ }), 'Lê Lai{enter}Đức Long{enter}Đức Xuân');
    await user.click(screen.getByRole('button', { name: 'Tổng hợp' }));
    await screen.findByText('Đã tổng hợp 2 xã từ 3 tệp (năm 2027)', undefined, { timeout: 20_000 });
    expect(within(screen.getByRole('region', { name: 'Xã chưa gửi' })).getByText('Đức Xuân')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Xã có trong hai nguồn (chỉ lấy nguồn đầu)' })).getByText('Đức Long: duc-long-ban-2.xlsx, duc-long.xlsx')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Tệp không đọc được' })).getByText(/^hong\.xlsx: /)).toBeTruthy();
    const sheets = host.current().sheets.map((s) => s.name);
    expect(sheets).toEqual(['Bìa', 'Tổng hợp giao chỉ tiêu', 'Tổng hợp theo nhóm xã', 'Báo cáo tổng hợp']);
    const report = checkWorkbook(host.current());
    expect(report.sheets.find((s) => s.name === 'Tổng hợp giao chỉ tiêu')?.kind).toBe('assignment');
    expect(report.stats.errors).toBe(0);
  });

  it('says so and writes nothing when no file can be read', async () => {
    const host = memoryHost(workbook(sheet('Bìa', [['Kế hoạch tỉnh']])));
    const user = userEvent.setup();
    render(<App host={host} initialPanel="consolidate" />);
    await user.upload(screen.getByTestId('consolidate-input'), [files[3]]);
    await user.click(screen.getByRole('button', { name: 'Tổng hợp' }));
    await screen.findByText('Không đọc được tệp nào: chưa ghi gì.', undefined, { timeout: 20_000 });
    expect(host.writeConsolidation).not.toHaveBeenCalled();
  });
});
