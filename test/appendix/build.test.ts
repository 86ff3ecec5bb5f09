import { analyzeWorkbook } from '../../src/domain/engine';
import { buildAppendix, attachedTo } from '../../src/domain/appendix/build';
import { layoutAppendix } from '../../src/domain/appendix/layout';
import { layoutMatrix, UNCOVERED } from '../../src/domain/appendix/matrix';
import { expandAbbreviations } from '../../src/domain/appendix/abbreviations';
import { sheet, workbook } from '../helpers/sheets';
import { langSon2019TaskSheet, TASKS_2019 } from '../fixtures/langSonTasks2019';
import { thachAnAssignment, thachAnResponsibility, PLANNED } from '../fixtures/thachAn';
import { langSon2021TaskSheet, TASKS_2021 } from '../fixtures/langSonTasks2021';

describe('the appendix from a task sheet (Lạng Sơn 2019)', () => {
  const appendix = buildAppendix(analyzeWorkbook(workbook(langSon2019TaskSheet())));

  it('keeps the plan\'s structure: 13 sections numbered I–XIII, tasks numbered from 1 in each', () => {
    const sections = TASKS_2019.filter((row) => /^[IVX]+$/.test(row[0]));
    expect(appendix.sections.map((s) => `${s.tt} ${s.title}`)).toEqual(sections.map((row) => `${row[0]} ${row[1]}`));
    const counts = sections.map((_, i) => {
      const start = TASKS_2019.indexOf(sections[i]);
      const end = i + 1 < sections.length ? TASKS_2019.indexOf(sections[i + 1]) : TASKS_2019.length;
      return end - start - 1;
    });
    expect(appendix.sections.map((s) => s.rows.length)).toEqual(counts);
    for (const section of appendix.sections) expect(section.rows.map((r) => r.tt)).toEqual(section.rows.map((_, i) => String(i + 1)));
  });

  it('keeps every text byte for byte', () => {
    const tasks = TASKS_2019.filter((row) => !/^[IVX]+$/.test(row[0]));
    const rows = appendix.sections.flatMap((s) => s.rows);
    expect(rows.map((r) => [r.content, r.directing, r.implementing, r.coordinating, r.timeline])).toEqual(tasks.map((t) => t.slice(1)));
  });

  it('reads the timelines and warns about the one it cannot read', () => {
    expect(appendix.warnings.map((w) => `${w.code} ${w.actual}`)).toEqual(['unparsed-timeline Căn cứ vào điều kiện thực tế']);
    const rows = appendix.sections.flatMap((s) => s.rows);
    expect(rows.find((r) => r.timeline === 'Quý IV/2019')?.parsedTimeline).toEqual({ kind: 'quarters', quarters: [4], year: 2019 });
  });

  it('lays out the sheet: title, the "(Kèm theo …)" line, header, sections spanning the row', () => {
    const layout = layoutAppendix(buildAppendix(analyzeWorkbook(workbook(langSon2019TaskSheet())), { planNumber: '46', planDate: '22/02/2019' }));
    expect(layout.rows.slice(0, 4).map((r) => r.cells[0] ?? '')).toEqual(['Phụ lục: Nội dung công việc, tiến độ thời gian, trách nhiệm thực hiện', '(Kèm theo Kế hoạch số 46/KH-UBND ngày 22/02/2019 của UBND tỉnh)', '', 'TT']);
    expect(layout.rows[3].cells).toEqual(['TT', 'Nội dung công việc', 'Chỉ đạo', 'Cơ quan thực hiện', 'Cơ quan phối hợp', 'Thời gian']);
    expect(layout.merges).toContain('B5:F5');
    expect(layout.headerRow).toBe(4);
  });
});

describe('sections from a "Nhóm" column, and text safety', () => {
  it('groups by "Nhóm" in first-appearance order and keeps bullets as typed', () => {
    const tasks = sheet('Công việc', [
      ['Nhóm', 'Nội dung công việc', 'Chỉ đạo', 'Cơ quan thực hiện', 'Thời gian'],
      ['Tuyên truyền', '- Tuyên truyền trên báo, đài', 'BCĐ huyện', 'Phòng VH-TT', 'Thường xuyên'],
      ['Kiểm tra', '+ Kiểm tra các xã', 'BCĐ huyện', 'VPĐP', 'Hàng quý'],
      ['Tuyên truyền', '=Hội nghị "điển hình"', 'BCĐ huyện', '@Các xã', 'Quý II'],
    ]);
    const appendix = buildAppendix(analyzeWorkbook(workbook(tasks)));
    expect(appendix.sections.map((s) => [s.tt, s.title, s.rows.map((r) => r.content)])).toEqual([
      ['I', 'Tuyên truyền', ['- Tuyên truyền trên báo, đài', '=Hội nghị "điển hình"']],
      ['II', 'Kiểm tra', ['+ Kiểm tra các xã']],
    ]);
    expect(appendix.sections[0].rows[1].implementing).toBe('@Các xã');
  });

  it('expands agency abbreviations on request, whole words only', () => {
    expect(expandAbbreviations('Sở KH&ĐT, NN&PTNT và VPĐP tỉnh; UBND các xã')).toBe('Sở Kế hoạch và Đầu tư, Nông nghiệp và Phát triển nông thôn và Văn phòng Điều phối nông thôn mới tỉnh; Ủy ban nhân dân các xã');
    expect(expandAbbreviations('UBNDX')).toBe('UBNDX');
  });

  it('writes blanks where the plan number and date are not given', () => {
    expect(attachedTo({})).toBe('(Kèm theo Kế hoạch số       /KH-UBND ngày       )');
  });
});

describe('rows derived from the Thạch An assignment', () => {
  const analysis = analyzeWorkbook(workbook(thachAnAssignment(), thachAnResponsibility()));
  const appendix = buildAppendix(analysis);
  const derived = appendix.sections.flatMap((s) => s.rows).filter((r) => r.source === 'assignment');

  it('names every planned commune, the lead department, BCĐ huyện and the plan year', () => {
    const criteria = Object.keys(PLANNED).map(Number).sort((a, b) => a - b);
    expect(derived.filter((r) => r.key !== 'village' && r.key !== 'model-village').map((r) => r.key)).toEqual(criteria.map(String));
    const culture = derived.find((r) => r.key === '6')!;
    expect(culture.content).toBe('Phấn đấu thêm 3 xã đạt tiêu chí số 6 (Cơ sở vật chất văn hóa): xã Lê Lợi, xã Vân Trình, xã Thái Cường');
    expect(culture.implementing).toBe('UBND các xã: Lê Lợi, Vân Trình, Thái Cường');
    expect(culture.coordinating).toBe('Phòng Văn hóa - Thông tin');
    expect(culture.directing).toBe('BCĐ huyện');
    expect(culture.timeline).toBe('Năm 2025');
    expect(derived.find((r) => r.key === '17')!.coordinating).toBe('Phòng Nông nghiệp và PTNT; Phòng Kinh tế và Hạ tầng; Phòng Tài nguyên và Môi trường');
    for (const [k, communes] of Object.entries(PLANNED)) {
      const row = derived.find((r) => r.key === k)!;
      for (const commune of communes) expect(row.content).toContain(`xã ${commune}`);
    }
  });

  it('leaves the lead empty with a warning where no department leads the criterion (10 Thu nhập)', () => {
    expect(derived.find((r) => r.key === '10')!.coordinating).toBe('');
    expect(appendix.warnings.map((w) => `${w.code} ${w.key}`)).toEqual(['uncovered-criterion 10']);
  });

  it('adds the village targets: 5 + 9 + 6 xóm and 1 + 1 model xóm', () => {
    expect(derived.find((r) => r.key === 'village')!.content).toBe('Phấn đấu 20 xóm đạt chuẩn NTM: xã Đức Xuân (5 xóm), xã Lê Lợi (6 xóm), xã Vân Trình (9 xóm)');
    expect(derived.find((r) => r.key === 'model-village')!.content).toBe('Phấn đấu 2 xóm đạt chuẩn NTM kiểu mẫu: xã Lê Lai (1 xóm), xã Đức Long (1 xóm)');
  });

  it('lists each criterion and indicator with its lead in the matrix, the uncovered ones marked', () => {
    const matrix = layoutMatrix(analysis)!;
    const row = (code: string) => matrix.rows.find((r) => r.cells[0] === code)!.cells;
    expect(row('10')).toEqual(['10', 'Thu nhập', '', UNCOVERED]);
    expect(row('13.1')[2]).toBe('Phòng Tài chính - Kế hoạch');
    expect(row('3.1')[2]).toBe('Phòng Nông nghiệp và PTNT (theo tiêu chí)');
  });
});

describe('the appendix from a task sheet typed like the Lạng Sơn 2021 plan, with a "Nhóm" column', () => {
  const ROWS_2021 = TASKS_2021.map((row) => [...row]);
  const appendix = buildAppendix(analyzeWorkbook(workbook(langSon2021TaskSheet())));

  it('matches the plan: sections I, II, III with 1, 3 and 1 tasks, texts byte for byte, every timeline read', () => {
    expect(appendix.sections.map((s) => [s.tt, s.title, s.rows.map((r) => r.tt)])).toEqual([
      ['I', 'Kiện toàn bộ máy', ['1']],
      ['II', 'Công tác lập kế hoạch và phân bổ vốn', ['1', '2', '3']],
      ['III', 'Công tác kiểm tra, đôn đốc thực hiện chương trình', ['1']],
    ]);
    expect(appendix.sections.flatMap((s) => s.rows.map((r) => [s.title, r.content, r.directing, r.implementing, r.coordinating, r.timeline]))).toEqual(ROWS_2021);
    expect(appendix.warnings).toEqual([]);
    expect(appendix.sections[1].rows[1].parsedTimeline).toEqual({ kind: 'months', months: [3, 4, 7] });
  });
});

describe('the appendix defaults follow the planning level', () => {
  const assignment = (title: string) => sheet('Giao chỉ tiêu', [
    [title],
    ['TT', 'Tên xã', 'Nhóm xã', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    [1, 'Xã An Phú', 1, 'x', 'x', 'x', 'x', 'x', 'KH', 'x', 'x', 'x', 'x'],
    [2, 'Xã Bình Minh', 2, 'x', 'KH', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x'],
  ]);

  it('a 2027 plan of a province directs its derived rows from "BCĐ tỉnh" in "Năm 2027"', () => {
    const rows = buildAppendix(analyzeWorkbook(workbook(assignment('KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI NĂM 2027')))).sections.flatMap((s) => s.rows);
    expect(rows.map((r) => [r.key, r.directing, r.timeline])).toEqual([['2', 'BCĐ tỉnh', 'Năm 2027'], ['6', 'BCĐ tỉnh', 'Năm 2027']]);
  });

  it('a title naming the district keeps "BCĐ huyện", and the user\'s choice wins', () => {
    const district = analyzeWorkbook(workbook(assignment('UBND HUYỆN THẠCH AN — KẾ HOẠCH NĂM 2025')));
    expect(buildAppendix(district).sections.flatMap((s) => s.rows).map((r) => r.directing)).toEqual(['BCĐ huyện', 'BCĐ huyện']);
    expect(buildAppendix(district, { directing: 'UBND tỉnh' }).sections.flatMap((s) => s.rows).map((r) => r.directing)).toEqual(['UBND tỉnh', 'UBND tỉnh']);
  });
});
