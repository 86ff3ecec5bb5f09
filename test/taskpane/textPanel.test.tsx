/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { configure, render, screen, within } from '@testing-library/react';
import { openMore } from '../helpers/pane';
import userEvent from '@testing-library/user-event';
import { Document, Packer, Paragraph } from 'docx';
import { App } from '../../src/taskpane/App';
import '../helpers/fileArrayBuffer';
import { memoryHost } from '../helpers/memoryHost';
import { sheet, workbook } from '../helpers/sheets';

import { TextDecoder, TextEncoder } from 'node:util';

// jsdom has no TextEncoder (the docx writer used to make the test's file needs it).
Object.assign(globalThis, { TextEncoder, TextDecoder });


configure({ asyncUtilTimeout: 20_000 });

const PLAN = ['Lạng Sơn, ngày 22 tháng 02 năm 2019', 'Căn cứ Nghị quyết số 12/NQ-HĐND ngày 10/12/2019;', '- Số xã đạt 15-18 tiêu chí có 01/181 xã, chiếm 0,5%;', '- Số xã đạt 19 tiêu chí có 75/181 xã, chiếm 41,4%.'];

describe('task pane: Kiểm tra văn bản', () => {
  it('checks pasted text: each finding with its line, the sentence and the corrected wording', async () => {
    const user = userEvent.setup();
    render(<App host={memoryHost(workbook(sheet('Bìa', [['x']])))} />);
    await openMore(user, 'Kiểm tra văn bản');
    await user.click(screen.getByRole('textbox', { name: 'Văn bản kế hoạch' }));
    await user.paste(PLAN.join('\n'));
    await user.click(screen.getByRole('button', { name: 'Kiểm tra văn bản' }));
    await screen.findByText('2 lỗi, 0 cảnh báo trong 4 dòng');
    const items = within(screen.getByRole('list', { name: 'Các phát hiện trong văn bản' })).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.fui-Text')?.textContent)).toEqual(['Dòng 2', 'Dòng 3']);
    expect(items[1].textContent).toContain('Sửa thành: “Số xã đạt 15-18 tiêu chí có 01/181 xã, chiếm 0,6%”');
  });

  it('writes the plan\'s paragraphs from the workbook, and they pass its own check', async () => {
    const user = userEvent.setup();
    const book = workbook(sheet('Giao chỉ tiêu', [
      ['BIỂU GIAO CHỈ TIÊU NĂM 2025'],
      ['TT', 'Tên xã', ...Array.from({ length: 19 }, (_, i) => i + 1)],
      [1, 'Lê Lai', ...Array.from({ length: 19 }, (_, i) => (i < 15 ? 'x' : 'KH'))],
      [2, 'Đức Long', ...Array.from({ length: 19 }, (_, i) => (i < 10 ? 'x' : i < 12 ? 'KH' : null))],
      [3, 'Đức Xuân', ...Array.from({ length: 19 }, (_, i) => (i < 7 ? 'x' : null))],
    ]));
    render(<App host={memoryHost(book)} initialPanel="text" />);
    await user.click(screen.getByRole('button', { name: 'Viết từ sổ làm việc' }));
    await screen.findByText(/^0 lỗi, 0 cảnh báo trong \d+ dòng$/);
    const written = (screen.getByRole('textbox', { name: 'Văn bản kế hoạch' }) as HTMLTextAreaElement).value;
    expect(written).toContain('- Tiêu chí số 1 về quy hoạch: duy trì 03/03 xã đạt tiêu chí, chiếm 100%;');
    expect(written).toContain('- Tiêu chí số 11 về nghèo đa chiều: phấn đấu có thêm 01 xã đạt tiêu chí, nâng tổng số xã đạt tiêu chí lên 02/03 xã, chiếm 66,7%;');
    expect(written).toContain('- Số xã đạt 19 tiêu chí có 01/03 xã, chiếm 33,3%;');
    expect(written).toContain(`Đến cuối năm 2025, bình quân đạt ${((19 + 12 + 7) / 3).toFixed(1).replace('.', ',')} tiêu chí/xã, trong đó:`);
  });

  it('compares the text with the open workbook\'s figures when asked', async () => {
    const user = userEvent.setup();
    const book = workbook(sheet('Giao chỉ tiêu', [
      ['BIỂU GIAO CHỈ TIÊU NĂM 2025'],
      ['TT', 'Tên xã', ...Array.from({ length: 19 }, (_, i) => i + 1)],
      [1, 'Lê Lai', ...Array.from({ length: 19 }, () => 'x')],
      [2, 'Đức Long', ...Array.from({ length: 19 }, (_, i) => (i < 16 ? 'x' : null))],
    ]));
    render(<App host={memoryHost(book)} initialPanel="text" />);
    // Consistent in itself (1 + 1 = 2 communes, 50 %): only the workbook says 15-18 holds one commune, not 19 two.
    await user.click(screen.getByRole('textbox', { name: 'Văn bản kế hoạch' }));
    await user.paste('- Số xã đạt 19 tiêu chí có 02/2 xã, chiếm 100%;');
    await user.click(screen.getByRole('button', { name: 'Kiểm tra văn bản' }));
    await screen.findByText('0 lỗi, 0 cảnh báo trong 1 dòng');
    await user.click(screen.getByRole('checkbox', { name: /Đối chiếu với số liệu của sổ làm việc/ }));
    await user.click(screen.getByRole('button', { name: 'Kiểm tra văn bản' }));
    await screen.findByText('1 lỗi, 0 cảnh báo trong 1 dòng');
    expect(screen.getByText(/Số xã đạt 19 tiêu chí: bảng trong sổ tính cho 1\/2 xã; văn bản ghi 2\/2/)).toBeTruthy();
  });

  it('opens a .docx and checks its paragraphs', async () => {
    const user = userEvent.setup();
    render(<App host={memoryHost(workbook(sheet('Bìa', [['x']])))} initialPanel="text" initialLang="en" />);
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: PLAN.map((line) => new Paragraph(line)) }] }));
    await user.upload(screen.getByTestId('text-input'), new File([new Uint8Array(bytes)], 'ke-hoach.docx'));
    await screen.findByText('2 errors, 0 warnings in 4 lines', undefined, { timeout: 20_000 });
    expect(screen.getByText('Line 3')).toBeTruthy();
  });
});
