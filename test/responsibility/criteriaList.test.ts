/**
 * Responsibility by criterion typed as a list (TT | Tiêu chí | Cơ quan chủ trì | Cơ quan phối hợp), in
 * the layouts 26j's probe found misread: the criteria grouped under merged rows "I. QUY HOẠCH",
 * "II. HẠ TẦNG KINH TẾ - XÃ HỘI" (the titles are the criteria's names: they were read as a second lead
 * of criteria 1 and 2), columns headed "Sở, ngành chủ trì | Sở, ngành phối hợp" (read as two agencies
 * of a matrix: 25 warnings on a clean list), a criterion led through its indicators 2.1 … 2.3 (its own
 * row blank), and two leads in one cell typed without diacritics ("So Nong nghiep va Moi truong, So Xay
 * dung" was one agency). The same leads give the same findings in every layout and spelling.
 */
import type { CellValue } from '../../src/domain/sheet/snapshot';
import { agenciesIn } from '../../src/domain/text/agencies';
import { sheet } from '../helpers/sheets';
import { findingsOf, SPELLINGS } from '../helpers/variants';

const AG = ['Sở Nông nghiệp và Môi trường', 'Sở Xây dựng', 'Sở Tài chính', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Khoa học và Công nghệ', 'Sở Nội vụ', 'Sở Tư pháp', 'Công an tỉnh'];
const CRITERIA = ['Quy hoạch', 'Hạ tầng kinh tế - xã hội', 'Phát triển kinh tế nông thôn', 'Đào tạo nguồn nhân lực nông thôn', 'Văn hóa, giáo dục, y tế', 'Giảm nghèo và an sinh xã hội', 'Khoa học công nghệ và chuyển đổi số', 'Môi trường và cảnh quan nông thôn', 'Xây dựng hệ thống chính trị và hành chính công', 'Tiếp cận pháp luật và an ninh, quốc phòng'];
const LEAD = [1, 1, 0, 5, 3, 0, 4, 0, 5, 6];
const GROUPS: [string, string, number[]][] = [['I', 'QUY HOẠCH', [1]], ['II', 'HẠ TẦNG KINH TẾ - XÃ HỘI', [2]], ['III', 'KINH TẾ VÀ TỔ CHỨC SẢN XUẤT', [3, 4]], ['IV', 'VĂN HÓA - XÃ HỘI - MÔI TRƯỜNG', [5, 6, 7, 8]], ['V', 'HỆ THỐNG CHÍNH TRỊ', [9, 10]]];
const INDICATORS: [string, string, string][] = [['2.1', 'Giao thông', 'Sở Xây dựng'], ['2.2', 'Điện', 'Sở Công Thương'], ['2.3', 'Thủy lợi và phòng, chống thiên tai', 'Sở Nông nghiệp và Môi trường']];

type Layout = { groups: boolean; heads: [string, string]; indicators: boolean };
const LAYOUTS: Record<string, Layout> = {
  'plain': { groups: false, heads: ['Cơ quan chủ trì', 'Cơ quan phối hợp'], indicators: false },
  'groups I–V merged across': { groups: true, heads: ['Cơ quan chủ trì', 'Cơ quan phối hợp'], indicators: false },
  '"Sở, ngành chủ trì | Sở, ngành phối hợp"': { groups: false, heads: ['Sở, ngành chủ trì', 'Sở, ngành phối hợp'], indicators: false },
  'criterion 2 led through its indicators': { groups: false, heads: ['Đơn vị chủ trì', 'Đơn vị phối hợp'], indicators: true },
  'groups and indicators': { groups: true, heads: ['Sở, ngành chủ trì', 'Sở, ngành phối hợp'], indicators: true },
};

/** The list; `leadOf(k)` the lead typed for criterion k; `cells[k]` the address of its lead cell. */
function list(layout: Layout, leadOf: (k: number) => string = (k) => AG[LEAD[k - 1]]) {
  const rows: CellValue[][] = [['PHÂN CÔNG SỞ, NGÀNH PHỤ TRÁCH TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2027'], [], ['TT', 'Tên tiêu chí', ...layout.heads]];
  const merges: string[] = [];
  const cells: Record<number, string> = {};
  const criterion = (k: number) => {
    if (layout.indicators && k === 2) {
      rows.push([k, CRITERIA[k - 1], null, null]);
      for (const [tt, name, lead] of INDICATORS) rows.push([tt, name, lead, 'UBND các xã']);
      return;
    }
    rows.push([k, CRITERIA[k - 1], leadOf(k), AG[(LEAD[k - 1] + 2) % AG.length]]);
    cells[k] = `C${rows.length}`;
  };
  if (layout.groups) {
    for (const [g, title, ks] of GROUPS) {
      rows.push([g, title]);
      merges.push(`B${rows.length}:D${rows.length}`);
      ks.forEach(criterion);
    }
  } else for (let k = 1; k <= 10; k++) criterion(k);
  return { snapshot: sheet('Phan cong', rows, { merges }), cells };
}


describe.each(Object.entries(LAYOUTS))('a list by criterion: %s', (_name, layout) => {
  test.each(SPELLINGS)('one lead each, %s: nothing to say', (_s, variant) => {
    expect(findingsOf({ name: 'pc.xlsx', sheets: [variant(list(layout).snapshot)] })).toEqual([]);
  });

  test.each(SPELLINGS)('criterion 8 with two leads in one cell, %s: one finding at its cell', (_s, variant) => {
    const { snapshot, cells } = list(layout, (k) => (k === 8 ? `${AG[0]}, ${AG[1]}` : AG[LEAD[k - 1]]));
    expect(findingsOf({ name: 'pc.xlsx', sheets: [variant(snapshot)] })).toEqual([`Phan cong!${cells[8]} duplicate-lead error`]);
  });

  test.each(SPELLINGS)('criterion 6 without a lead, %s: one finding at its cell', (_s, variant) => {
    const { snapshot, cells } = list(layout, (k) => (k === 6 ? '' : AG[LEAD[k - 1]]));
    expect(findingsOf({ name: 'pc.xlsx', sheets: [variant(snapshot)] })).toEqual([`Phan cong!${cells[6]} missing-lead warning`]);
  });
});

describe('agenciesIn', () => {
  it.each([
    ['Sở Xây dựng, Sở Tài chính', 2],
    ['Sở Văn hóa, Thể thao và Du lịch', 1],
    ['So Van hoa, The thao va Du lich', 1],
    ['So Nong nghiep va Moi truong, So Xay dung', 2],
    ['Sở Nông nghiệp và Môi trường, Sở Xây dựng'.normalize('NFD'), 2],
    ['Phòng NN&PTNT; Phòng TC-KH', 2],
    ['Phòng NN&PTNT', 1],
    ['UBND các xã; các sở, ngành', 1],
    ['Sở Công Thương và Sở Xây dựng', 2],
  ])('%j names %i', (text, count) => {
    expect(agenciesIn(text)).toHaveLength(count);
  });
});
