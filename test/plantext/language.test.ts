/**
 * check-text on the language, not on the seeds' sentence shapes: each claim in several phrasings,
 * once consistent (no finding) and once with one number changed (the finding at its line). The
 * expected values are computed here from the numbers of each sentence.
 */
import { analyzePlanText, checkPlanText } from '../../src/domain/plantext/check';

const errors = (text: string) => checkPlanText(text, 'vi').issues.filter((i) => i.severity === 'error');
const brief = (text: string) => errors(text).map((f) => `${f.code} ${f.line} ${f.actual} → ${f.expected}`);
const pct = (x: number, y: number, d: number) => `${(Math.round((x / y) * 100 * 10 ** d + 1e-9) / 10 ** d).toFixed(d).replace('.', ',')}%`;

describe('a share with its denominator carried from the sentence, paragraph or heading', () => {
  const shapes = (count: number, share: string) => [
    `Toàn huyện có 59 xã, trong đó:\n- Có ${count} xã đạt từ 15 đến 18 tiêu chí, chiếm ${share}.`,
    `Toàn huyện có 59 xã. Có ${count} xã đạt từ 15 đến 18 tiêu chí, chiếm ${share}.`,
    `Có ${count} xã/59 xã đạt từ 15 đến 18 tiêu chí, đạt tỷ lệ ${share}.`,
    `${count} xã/59 xã, đạt tỷ lệ ${share}.`,
    `Trên tổng số 59 xã, số xã đạt 15-18 tiêu chí là ${count} xã (tỷ lệ ${share}).`,
  ];
  it.each(shapes(12, pct(12, 59, 1)).map((s, i) => [i, s]))('shape %i: right, no finding', (_, text) => {
    expect(errors(text as string)).toEqual([]);
  });
  it.each(shapes(12, '21,3%').map((s, i) => [i, s]))('shape %i: one number wrong, found', (_, text) => {
    const found = errors(text as string);
    expect(found.map((f) => [f.code, f.actual, f.expected])).toEqual([['text-share', '21,3%', pct(12, 59, 1)]]);
  });
});

describe('totals and their parts inline, in brackets, after "trong đó", "gồm", with bounds', () => {
  it('inline in brackets', () => {
    expect(errors('Tổng kinh phí thực hiện 612.100 triệu đồng (vốn đầu tư 570.000 triệu đồng, vốn sự nghiệp 42.100 triệu đồng).')).toEqual([]);
    expect(brief('Tổng kinh phí thực hiện 612.100 triệu đồng (vốn đầu tư 570.000 triệu đồng, vốn sự nghiệp 52.100 triệu đồng).')).toEqual([`text-total 1 612.100 → ${(570000 + 52100).toLocaleString('de-DE')}`]);
  });
  it('after "trong đó", with "gần" and "hơn" as bounds, not exact values', () => {
    const right = 'Năm 2023, tổng vốn đã giải ngân 10,5 tỷ đồng, trong đó vốn đầu tư gần 7,1 tỷ, vốn sự nghiệp hơn 3,4 tỷ.';
    expect(errors(right)).toEqual([]);
    // 7,0–7,1 plus 3,4–3,5 cannot make 12,5.
    expect(errors(right.replace('10,5', '12,5')).map((f) => f.code)).toEqual(['text-total']);
  });
  it('after "gồm", in millions and billions', () => {
    expect(errors('Ngân sách trung ương 78,4 tỷ đồng gồm: vốn phân bổ trực tiếp 4.356 triệu đồng, vốn lồng ghép 74.062 triệu đồng.')).toEqual([]);
    expect(errors('Ngân sách trung ương 79,4 tỷ đồng gồm: vốn phân bổ trực tiếp 4.356 triệu đồng, vốn lồng ghép 74.062 triệu đồng.').map((f) => f.code)).toEqual(['text-total']);
  });
  it('communes given to each commune in brackets add up; "trở lên" is a lower bound', () => {
    expect(errors('Phấn đấu có 20 xóm đạt chuẩn (Cụ thể giao chỉ tiêu cho các xã: xã Đức Xuân: 05 xóm; xã Vân Trình: 09 xóm; xã Lê Lợi: 06 xóm).')).toEqual([]);
    expect(brief('Phấn đấu có 21 xóm đạt chuẩn (Cụ thể giao chỉ tiêu cho các xã: xã Đức Xuân: 05 xóm; xã Vân Trình: 09 xóm; xã Lê Lợi: 06 xóm).')).toEqual(['text-total 1 21 → 20']);
    expect(errors('Phấn đấu có 02 xóm kiểu mẫu (xã Lê Lai: 01 xóm trở lên; xã Đức Long: 01 xóm).')).toEqual([]);
  });
  it('a part\'s share is of the total, a sub-item\'s of its parent or of the total', () => {
    expect(errors('Tổng vốn 100 tỷ đồng, trong đó ngân sách 60 tỷ đồng, chiếm 60%, tín dụng 40 tỷ đồng, chiếm 40%.')).toEqual([]);
    expect(brief('Tổng vốn 100 tỷ đồng, trong đó ngân sách 60 tỷ đồng, chiếm 60%, tín dụng 40 tỷ đồng, chiếm 45%.')).toEqual(['text-item-share 1 45% → 40%']);
    const listed = ['Tổng vốn là 100 tỷ đồng, trong đó:', '1. Ngân sách nhà nước 60 tỷ đồng, chiếm 60%, trong đó:', '- Ngân sách trung ương 40 tỷ đồng, chiếm 66,7%;', '- Ngân sách địa phương 20 tỷ đồng, chiếm 20%.', '2. Vốn tín dụng 40 tỷ đồng, chiếm 40%.'].join('\n');
    expect(errors(listed)).toEqual([]);
  });
});

describe('a distribution of communes however worded adds up to its total; an average fits its bounds', () => {
  const text = (last: number) => `Toàn huyện có 20 xã, trong đó: 5 xã đạt 19 tiêu chí; 8 xã đạt từ 15 đến 18 tiêu chí; 5 xã đạt từ 10 đến 14 tiêu chí; ${last} xã đạt dưới 10 tiêu chí.`;
  it('adds up: nothing; one count changed: found', () => {
    expect(errors(text(2))).toEqual([]);
    expect(brief(text(3))).toEqual([`text-distribution 1 ${5 + 8 + 5 + 3} → 20`]);
  });
  it('group first, count after, with the number of communes in a ratio', () => {
    const lines = ['- Nhóm đạt 19 tiêu chí: 5/20 xã;', '- Nhóm đạt 15-18 tiêu chí: 8/20 xã;', '- Nhóm đạt 10-14 tiêu chí: 5/20 xã;', '- Nhóm đạt 5-9 tiêu chí: 3/20 xã.'];
    expect(brief(lines.join('\n'))).toEqual([`text-distribution 4 ${5 + 8 + 5 + 3} → 20`]);
  });
  it('an average stated before the groups that their bounds cannot give', () => {
    const t = `Bình quân đạt 17,5 tiêu chí/xã. ${text(2)}`;
    const max = (5 * 19 + 8 * 18 + 5 * 14 + 2 * 9) / 20;
    expect(brief(t)).toEqual([`text-average 1 17,5 → ${((5 * 19 + 8 * 15 + 5 * 10 + 2 * 0) / 20).toFixed(2).replace('.', ',').replace(/,?0+$/, '')} – ${max.toFixed(2).replace('.', ',').replace(/,?0+$/, '')}`]);
  });
});

describe('named lists and their counts, with or without "thêm"', () => {
  it.each([
    ['Phấn đấu năm 2027 có 03 xã đạt chuẩn nông thôn mới: xã Đức Xuân, xã Lê Lợi.', '02'],
    ['Năm 2027 có 03 xã đạt chuẩn nông thôn mới là Đức Xuân, Lê Lợi và Vân Trình, Kim Đồng.', '04'],
    ['Giao 02 xã gồm: xã Minh Khai, xã Quang Trọng và xã Thụy Hùng thực hiện.', '03'],
    ['Duy trì 02 xã (Lê Lai, Đức Long, Canh Tân) đã đạt chuẩn.', '03'],
    ['Phân công 03 cơ quan: Sở Nông nghiệp và Phát triển nông thôn, Sở Tài chính.', '02'],
    ['Xã còn 3 tiêu chí chưa đạt là số 5 (Trường học) và số 17 (Môi trường).', '2'],
  ])('%s', (text, expected) => {
    expect(errors(text).map((f) => [f.code, f.expected])).toEqual([['text-list-count', expected]]);
  });
  it.each([
    'Phấn đấu năm 2027 có 02 xã đạt chuẩn nông thôn mới: xã Đức Xuân, xã Lê Lợi.',
    'Phân công 02 cơ quan: Sở Nông nghiệp và Phát triển nông thôn, Sở Tài chính.',
    'Xã còn 2 tiêu chí chưa đạt là số 5 (Trường học) và số 17 (Môi trường).',
    'Có 03 xã đạt chuẩn, trong đó 02 xã nâng cao: Lê Lai, Đức Long.',
  ])('right: %s', (text) => expect(errors(text)).toEqual([]));
});

describe('three-state counts', () => {
  it('đạt, cơ bản đạt, chưa đạt add up to the set', () => {
    expect(errors('Xã Minh Khai đạt 13/19 tiêu chí, cơ bản đạt 4/19, 2 tiêu chí chưa đạt là số 5 (Trường học) và số 17 (Môi trường).')).toEqual([]);
    expect(brief('Xã Minh Khai đạt 13/19 tiêu chí, cơ bản đạt 4/19, 3 tiêu chí chưa đạt là số 5 (Trường học) và số 17 (Môi trường).').sort()).toEqual(['text-list-count 1 3 → 2', `text-three-state 1 ${13 + 4 + 3} → 19`].sort());
    expect(brief('Xã Minh Khai đạt 15/19 tiêu chí, còn 3 tiêu chí chưa đạt.')).toEqual([`text-three-state 1 ${15 + 3} → 19`]);
  });
});

describe('a criterion met and not met; a commune recognised earlier listed as far from the standard', () => {
  it('the same criterion in both lists', () => {
    expect(brief('Xã Kim Đồng đã đạt các tiêu chí số 1, 2, 3, 5, 7; chưa đạt các tiêu chí số 5, 9, 17.')).toEqual(['text-criterion-status 1 5 → ']);
    expect(errors('Xã Kim Đồng đã đạt các tiêu chí số 1, 2, 3, 7; chưa đạt các tiêu chí số 5, 9, 17.')).toEqual([]);
  });
  it('a commune recognised earlier among those below ten criteria', () => {
    const text = ['- Duy trì 02 xã (Lê Lai, Đức Long) đã được công nhận đạt chuẩn nông thôn mới.', '- Các xã còn khó khăn, đạt dưới 10 tiêu chí: xã Đức Long, xã Thụy Hùng.'].join('\n');
    expect(brief(text)).toEqual(['text-commune-status 2 Đức Long → ']);
    expect(errors(text.replace('Đức Long, xã Thụy', 'Kim Đồng, xã Thụy'))).toEqual([]);
  });
});

describe('the plan\'s year and date: deadlines, cited documents', () => {
  const plan = (body: string, head = 'KẾ HOẠCH\nXây dựng nông thôn mới năm 2027') => `${head}\n${body}`;
  it('a deadline outside the plan\'s year', () => {
    expect(brief(plan('- Hoàn thành rà soát các tiêu chí, xong trước 30/6/2026.'))).toEqual(['text-deadline 3 30/06/2026 → 2027']);
    expect(brief(plan('- Trình thẩm định hồ sơ, hoàn thành trong Quý III/2028.'))).toEqual(['text-deadline 3 09/2028 → 2027']);
    expect(errors(plan('- Hoàn thành rà soát, xong trước 30/6/2027; báo cáo tổng kết năm trước 15/01/2028.'))).toEqual([]);
    // Results are not deadlines.
    expect(errors(plan('- Đến 31/12/2026, toàn huyện có 12 xã đạt chuẩn.'))).toEqual([]);
  });
  it('without a title, the year is not taken from "giai đoạn 2017-2020"', () => {
    const text = 'Căn cứ Kế hoạch giai đoạn 2017-2020 của tỉnh;\nNăm 2019, phấn đấu có thêm 12 xã đạt chuẩn.\n- Hoàn thành hồ sơ, xong trước 30/9/2019.';
    expect(analyzePlanText(text).planYear).toBe(2019);
    expect(errors(text)).toEqual([]);
  });
  it('a cited document dated after the plan, the plan dated on its number line or with blanks', () => {
    const cited = 'Căn cứ Nghị quyết số 12/NQ-HĐND ngày 10/12/2019 của HĐND tỉnh;';
    expect(brief(`Số: 46/KH-UBND ngày 22/02/2019\n${cited}`).map((b) => b.split(' ')[0])).toEqual(['text-date-after-plan']);
    expect(brief(`Lạng Sơn, ngày      tháng 02 năm 2019\n${cited}`).map((b) => b.split(' ')[0])).toEqual(['text-date-after-plan']);
    expect(brief(`KẾ HOẠCH năm 2019\n${cited}\nTM. ỦY BAN NHÂN DÂN\nLạng Sơn, ngày 22 tháng 02 năm 2019`).map((b) => b.split(' ')[0])).toEqual(['text-date-after-plan']);
    expect(errors(`Lạng Sơn, ngày      tháng 12 năm 2019\n${cited}`)).toEqual([]);
  });
});

describe('criteria by number and name for the set in force', () => {
  it('a number outside the set, a number named as another criterion', () => {
    expect(brief('KẾ HOẠCH năm 2027\n- Tiêu chí số 14 về Giáo dục: duy trì 20/20 xã đạt.')).toEqual(['text-criterion-number 2 14 → 1–10']);
    expect(brief('KẾ HOẠCH năm 2024\n- Tiêu chí số 5 về Giao thông: phấn đấu có thêm 3 xã đạt.')).toEqual(['text-criterion-name 2 5 → 2']);
    expect(errors('KẾ HOẠCH năm 2024\n- Tiêu chí số 2 về Giao thông: phấn đấu có thêm 3 xã đạt.')).toEqual([]);
    expect(errors('KẾ HOẠCH năm 2027\n- Tiêu chí số 2 về Hạ tầng kinh tế - xã hội: phấn đấu có thêm 3 xã đạt.')).toEqual([]);
  });
});

describe('an average against a floor of the same year only', () => {
  const lines = (averageLine: string) => ['KẾ HOẠCH năm 2027', '- Phấn đấu nâng tổng số xã đạt chuẩn nông thôn mới lên 40/100 xã.', averageLine, 'Đến cuối năm 2027 không còn xã dưới 7 tiêu chí.'].join('\n');
  it('last year\'s average is not held against next year\'s floor', () => {
    expect(errors(lines('- Năm 2026, bình quân đạt 7,5 tiêu chí/xã.'))).toEqual([]);
    expect(brief(lines('- Năm 2027, bình quân đạt 7,5 tiêu chí/xã.')).map((b) => b.split(' ')[0])).toEqual(['text-average']);
  });
});

describe('coverage: every sentence with a figure is read or listed', () => {
  it('lists what it could not read, with its line, and counts what it read', () => {
    const check = analyzePlanText('Có 12 xã đạt chuẩn, chiếm 20%.\nThực hiện phong trào 5 không 3 sạch tại các hộ.\nNăm 2027.');
    expect(check.coverage).toMatchObject({ sentences: 2, read: 1, unread: 1 });
    expect(check.unread.map((u) => u.line)).toEqual([2]);
    expect(checkPlanText('Có 12 xã đạt chuẩn.', 'vi').stats.claims).toBe(1);
  });
});
