import { checkWorkbook } from '../../src/domain/engine';
import { sheet } from '../helpers/sheets';
import { fold, foldedLetter, startsWithWords } from '../../src/domain/text/fold';
import { BODY_END_WORDS, DATE_LINE, FILL_STOP_WORDS, SIGNATURE_WORDS } from '../../src/domain/text/vocabulary';
import { communeKey, keyAmong, withoutPrefix } from '../../src/domain/text/communeName';
import { parseRatio, parseVietnameseNumber, typedDecimals } from '../../src/domain/text/numbers';
import { parseCodeList, parseCriterionRef } from '../../src/domain/text/codes';
import { parseGroupLabel } from '../../src/domain/text/groupLabel';
import { classifyMark } from '../../src/domain/text/marks';
import { parseTimeline } from '../../src/domain/text/timeline';
import { dateText, isDateFormat } from '../../src/domain/sheet/dates';
import { isNilText } from '../../src/domain/sheet/stated';

describe('fold', () => {
  it.each([
    ['Tỷ lệ (%)', 'Ty le %'],
    ['TỶ LỆ', 'ty le'],
    ['Tổng số xã'.normalize('NFD'), 'Tong so xa'],
    ['thuỷ lợi', 'thủy lợi'],
    ['Hoà', 'hòa'],
    ['xa ̃ hôị', 'xã hội'],
    ['  Tiêu   chí  ', 'tieu chi'],
  ])('folds %j like %j', (a, b) => {
    expect(fold(a)).toBe(fold(b));
  });

  it('keeps the characters asked for', () => {
    expect(fold('Tiêu chí 13.2 – 17.10', '.-')).toBe('tieu chi 13.2 - 17.10');
  });

  it('folds commune names whatever their prefix, case and form', () => {
    expect(communeKey('Xã Lê lợi')).toBe(communeKey('LÊ LỢI'.normalize('NFD')));
  });
});

describe('foldedLetter', () => {
  it('is the first letter of the folded text whenever a text begins with a letter', () => {
    for (const text of ['Ố', 'ơ', 'Đức', 'đ', 'Tiêu', 'TC', 'Số', 'ș', 'Ḃình', 'Ÿ', 'Ñ']) {
      expect([text, String.fromCharCode(foldedLetter(text.charCodeAt(0)))]).toEqual([text, fold(text)[0]]);
    }
    for (const text of ['1', ' ', '-', '(', '\u0301', '%']) expect(foldedLetter(text.charCodeAt(0))).toBe(0);
  });

  it('never names a letter a text does not fold to, for any character of the Basic Multilingual Plane', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0xffff; code++) {
      if (code >= 0xd800 && code < 0xe000) continue;
      const letter = foldedLetter(code);
      const text = `${String.fromCharCode(code)}ien`;
      if (letter !== 0 && fold(text).charCodeAt(0) !== letter) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe('withoutPrefix', () => {
  it('drops the unit word of every commune-level unit, in any case and Unicode form, as communeKey does', () => {
    expect(['Xã Tân Hòa', ' XÃ  Tân Hòa', 'Phường Tân Hòa', 'thị trấn Tân Hòa'.normalize('NFD')].map(withoutPrefix)).toEqual(['Tân Hòa', 'Tân Hòa', 'Tân Hòa', 'Tân Hòa']);
    expect(withoutPrefix('Đặc khu Côn Đảo')).toBe('Côn Đảo');
    // Typed without diacritics, the unit word too; a name that begins with letters of one keeps them.
    expect(['xa Tan Lap', 'XA  Tan Lap', 'thi tran Dong Khe'].map(withoutPrefix)).toEqual(['Tan Lap', 'Tan Lap', 'Dong Khe']);
    expect(withoutPrefix('Xà Phiên')).toBe('Xà Phiên');
    expect(communeKey(withoutPrefix('Đặc khu Côn Đảo'))).toBe(communeKey('Đặc khu Côn Đảo'));
  });
});

describe('keyAmong', () => {
  const keyOf = keyAmong(['Tân Lập', 'Tân Hòa', 'Tân Hóa', 'Đức Long']);
  it('a name typed without diacritics is the one listed commune it spells, in any case and with its unit word', () => {
    expect(['xa Tan Lap', 'TAN LAP', 'Xã Tân Lập'.normalize('NFD')].map(keyOf)).toEqual([communeKey('Tân Lập'), communeKey('Tân Lập'), communeKey('Tân Lập')]);
    expect(keyOf('Duc Long')).toBe(communeKey('Đức Long'));
  });
  it('spelling two listed communes, or typed with a tone, a name keeps its own key', () => {
    expect(keyOf('Tan Hoa')).toBe(communeKey('Tan Hoa'));
    expect(keyOf('Tân Hoà')).toBe(communeKey('Tân Hòa'));
    expect(keyOf('Tân Hoá')).toBe(communeKey('Tân Hóa'));
    expect(keyOf('Tân Lâp')).toBe(communeKey('Tân Lâp'));
  });
});

describe('parseVietnameseNumber', () => {
  it('reads a number after any spaces, and tells a label from a number by its first character', () => {
    expect(parseVietnameseNumber('\u00a0\u2003 -1.234,5')).toEqual({ value: -1234.5, decimals: 1, percent: false });
    expect(parseVietnameseNumber('\u202f\u221241,4%')).toEqual({ value: -41.4, decimals: 1, percent: true });
    expect(parseVietnameseNumber('\t+7')).toEqual({ value: 7, decimals: 0, percent: false });
    expect(parseVietnameseNumber('Xã số 12')).toBeNull();
    expect(parseVietnameseNumber('\u00a0')).toBeNull();
    expect(parseRatio('\u2003 61/207 xã')).toEqual({ numerator: 61, denominator: 207 });
    expect(parseRatio('Đạt 61/207')).toBeNull();
    expect(isNilText('\u00a0 – ')).toBe(true);
    expect(isNilText(' Không có'.normalize('NFD'))).toBe(true);
    expect(isNilText('\u212ahông')).toBe(true);
    expect(isNilText('- Như trên;')).toBe(false);
    expect(isNilText('Chưa có')).toBe(false);
  });

  it.each([
    ['3.002,8', 3002.8, 1, false],
    ['80.178,119', 80178.119, 3, false],
    ['41,4%', 41.4, 1, true],
    ['4.356', 4356, 0, false],
    ['1.800', 1800, 0, false],
    ['01', 1, 0, false],
    ['0,5 %', 0.5, 1, true],
    ['-12', -12, 0, false],
    ['12.5', 12.5, 1, false],
    ['1,234,567', 1234567, 0, false],
    // A unit typed after the number is the clerk's (26q): the number is the cell's.
    ['12 xã', 12, 0, false],
    ['4.756 tỷ đồng', 4756, 0, false],
  ])('reads %j', (text, value, decimals, percent) => {
    expect(parseVietnameseNumber(text)).toEqual({ value, decimals, percent });
  });

  it.each(['', 'abc', '10 tiêu chí', '12 xã 3 thôn', '1.2.3', '3,2,1', '%'])('refuses %j', (text) => {
    expect(parseVietnameseNumber(text)).toBeNull();
  });

  it('reads ratios', () => {
    expect(parseRatio('75/181')).toEqual({ numerator: 75, denominator: 181 });
    expect(parseRatio('61/207 xã')).toEqual({ numerator: 61, denominator: 207 });
    expect(parseRatio('20/9/2025')).toBeNull();
  });

  it('counts typed decimals without float noise', () => {
    expect(typedDecimals(0.1 + 0.2)).toBe(1);
    expect(typedDecimals(41.4)).toBe(1);
    expect(typedDecimals(12)).toBe(0);
  });
});

describe('criterion references', () => {
  it.each([
    ['1', '1'], [1, '1'], ['01', '1'], ['Tiêu chí số 1', '1'], ['TC1', '1'], ['TC 19', '19'],
    ['1. Quy hoạch', '1'], ['Tiêu chí 8: Thông tin', '8'], ['13.2', '13.2'], [13.2, '13.2'], ['Chỉ tiêu 17.10', '17.10'],
    ['Tieu chi so 5 ve truong hoc', '5'],
  ])('reads %j as %s', (label, code) => {
    expect(parseCriterionRef(label)?.code).toBe(code);
  });

  it.each(['19 tiêu chí', 'Quy hoạch', '', 'Tổng', 2025])('finds none in %j', (label) => {
    expect(parseCriterionRef(label)).toBeNull();
  });

  it('splits code lists', () => {
    expect(parseCodeList('3; 13.2; 17.10').map((ref) => ref.code)).toEqual(['3', '13.2', '17.10']);
    expect(parseCodeList('Tiêu chí 5, 14').map((ref) => ref.code)).toEqual(['5', '14']);
  });
});

describe('distribution group labels', () => {
  it.each([
    ['Số xã đạt 19 tiêu chí', 19, 19],
    ['Xã đạt 15-18 tiêu chí', 15, 18],
    ['Số xã đạt từ 5 – 9 tiêu chí', 5, 9],
    ['10 - 14 tiêu chí', 10, 14],
    ['Dưới 5 tiêu chí', 0, 4],
    ['15-18', 15, 18],
  ])('reads %j', (label, min, max) => {
    expect(parseGroupLabel(label)).toEqual({ min, max });
  });

  it.each([
    ['Sb x4 dat 19 tiéu chi', 19, 19],
    ['S6 xa dat tir 5-9 tiéu chi', 5, 9],
    ['S6 xa dat 15-18 tiéu chi', 15, 18],
  ])('reads the bad scan of Lạng Sơn 2021: %j', (label, min, max) => {
    expect(parseGroupLabel(label)).toEqual({ min, max });
  });

  it('does not take a criterion row for a group', () => {
    expect(parseGroupLabel('Tiêu chí số 19 về Quốc phòng')).toBeNull();
  });
});

describe('marks', () => {
  it.each([
    ['x', 'met'], ['X', 'met'], ['đạt', 'met'], ['Đ', 'met'], [1, 'met'], ['✓', 'met'],
    ['KH', 'planned'], ['kế hoạch', 'planned'], ['Phấn đấu', 'planned'], ['PĐ', 'planned'], [2025, 'planned'], ['2025', 'planned'],
    [null, 'not-met'], ['', 'not-met'], [0, 'not-met'], ['-', 'not-met'], ['chưa đạt', 'not-met'],
    ['?', 'invalid'], [2024, 'invalid'], ['đạt chuẩn NTM', 'invalid'],
    ['KH25', 'planned'], ['KH 2025', 'planned'], ['kh25', 'planned'], ['PĐ25', 'planned'], ['KH24', 'invalid'], ['KH2026', 'invalid'],
  ])('reads %j as %s', (mark, status) => {
    expect(classifyMark(mark, 2025)).toBe(status);
  });
});

describe('timelines', () => {
  it.each([
    ['Thường xuyên', { kind: 'recurring', every: 'continuous' }],
    ['Hàng quý', { kind: 'recurring', every: 'quarterly' }],
    ['Quý I', { kind: 'quarters', quarters: [1] }],
    ['Quý II, III, IV', { kind: 'quarters', quarters: [2, 3, 4] }],
    ['Quý IV/2019', { kind: 'quarters', quarters: [4], year: 2019 }],
    ['Tháng 3, 7', { kind: 'months', months: [3, 7] }],
    ['Tháng 3-10', { kind: 'months', months: [3, 4, 5, 6, 7, 8, 9, 10] }],
    ['Tháng 6 và tháng 12', { kind: 'months', months: [6, 12] }],
    ['trước 20/9/2025', { kind: 'deadline', day: 20, month: 9, year: 2025 }],
    ['trước ngày 10/6', { kind: 'deadline', day: 10, month: 6 }],
    // A date alone (a date cell reads "30/06/2027"): the day it is due.
    ['30/06/2027', { kind: 'deadline', day: 30, month: 6, year: 2027 }],
    ['Ngày 5/9/2027', { kind: 'deadline', day: 5, month: 9, year: 2027 }],
    ['Theo kế hoạch đã được phê duyệt', { kind: 'as-planned' }],
    // Halves and spans as task lists write them (26j: "6 tháng đầu năm 2027" was a warning on a clean list).
    ['6 tháng đầu năm 2027', { kind: 'months', months: [1, 2, 3, 4, 5, 6], year: 2027 }],
    ['06 tháng cuối năm', { kind: 'months', months: [7, 8, 9, 10, 11, 12] }],
    ['9 tháng đầu năm', { kind: 'months', months: [1, 2, 3, 4, 5, 6, 7, 8, 9] }],
    ['Nửa đầu năm 2027', { kind: 'months', months: [1, 2, 3, 4, 5, 6], year: 2027 }],
    ['Cuối năm 2027', { kind: 'months', months: [10, 11, 12], year: 2027 }],
    ['Từ tháng 3 đến tháng 10/2027', { kind: 'months', months: [3, 4, 5, 6, 7, 8, 9, 10], year: 2027 }],
    ['Từ Quý II đến Quý IV năm 2027', { kind: 'quarters', quarters: [2, 3, 4], year: 2027 }],
    ['Quý IV/2027 - Quý I/2028', { kind: 'all', parts: [{ kind: 'quarters', quarters: [4], year: 2027 }, { kind: 'quarters', quarters: [1], year: 2028 }] }],
  ])('reads %j', (text, expected) => {
    expect(parseTimeline(text)).toEqual(expected);
  });

  it('reads combined timelines', () => {
    expect(parseTimeline('Định kỳ và đột xuất')).toEqual({
      kind: 'all',
      parts: [{ kind: 'recurring', every: 'periodic' }, { kind: 'recurring', every: 'ad-hoc' }],
    });
  });

  it.each(['Sớm nhất có thể', '', 'Quý V', 'Tháng 13', '31/13/2027', '3/7'])('refuses %j', (text) => {
    expect(parseTimeline(text)).toBeNull();
  });
});

describe('dates', () => {
  test.each([['dd/mm/yyyy', true], ['d-mmm-yy', true], ['[$-vi-VN]dd/mm/yyyy', true], ['0.0%', false], ['#,##0.0', false], ['"ngày" 0', false], ['h:mm', false], ['General', false], [null, false]])('%s is a date format: %s', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
  test('serials become the day they are in Excel', () => {
    // 1 January 1900 is serial 1, 1 March 1900 is 61 (after Excel's 29/02/1900), 1 January 2026 is 46023.
    expect([61, 45658, 46022, 46023].map(dateText)).toEqual(['01/03/1900', '01/01/2025', '31/12/2025', '01/01/2026']);
  });
});

describe('one commune identity for the check and the consolidation', () => {
  it('"Bản Lầu" and "Xã Bản Lầu" are one commune; "Tân Hòa" and "Tân Hóa" two', () => {
    expect(communeKey('Bản Lầu')).toBe(communeKey('Xã Bản Lầu'));
    expect(communeKey('Tân Hòa')).not.toBe(communeKey('Tân Hóa'));
  });

  it('the duplicate-commune check agrees: "Tân Hòa" and "Tân Hóa" on two rows are no duplicate, "Xã Tân Hoà" and "Tân Hòa" are', () => {
    const rows = (names: string[]) => [
      ['TT', 'Tên xã', ...Array.from({ length: 10 }, (_, i) => i + 1)],
      ...names.map((name, i) => [i + 1, name, ...Array.from({ length: 10 }, () => 'x')]),
    ];
    const duplicates = (names: string[]) => checkWorkbook({ sheets: [sheet('Giao chỉ tiêu 2027', rows(names))] }, {}, 'vi').issues.filter((i) => i.code === 'duplicate-commune').map((i) => i.cell);
    expect(duplicates(['Tân Hòa', 'Tân Hóa', 'Bản Lầu'])).toEqual([]);
    expect(duplicates(['Xã Tân Hoà', 'Tân Hòa', 'Bản Lầu'])).toEqual(['B3']);
  });
});

describe('what a document types under its tables (text/vocabulary.ts, one home for table/read and fill/context)', () => {
  const fillStops = (text: string) => startsWithWords(fold(text), FILL_STOP_WORDS) || DATE_LINE.test(fold(text));
  it('the fill stops at a signature block, any title signing it, notes and the date line, in any spelling', () => {
    for (const line of ['Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Người lập biểu', 'Giám đốc', 'Lưu: VT, NN.', 'Ghi chú: số liệu ước', 'Tân Lập, ngày 12 tháng 3 năm 2027', 'Tan Lap, ngay ... thang ... nam 2027']) {
      expect([line, fillStops(line)]).toEqual([line, true]);
      expect([line, fillStops(line.normalize('NFD'))]).toEqual([line, true]);
    }
  });
  it('a legend ends a table body but the fill may pass it; a commune or a criterion stops nothing', () => {
    expect(startsWithWords(fold('Ký hiệu: x - đạt; KH - kế hoạch'), BODY_END_WORDS)).toBe(true);
    expect(fillStops('Ký hiệu: x - đạt; KH - kế hoạch')).toBe(false);
    for (const line of ['Xã Tân Lập', 'Tiêu chí số 1 về Quy hoạch', 'Tổng cộng', 'Tâm Lương', 'Khu vực 2']) {
      expect([line, fillStops(line), startsWithWords(fold(line), BODY_END_WORDS), startsWithWords(fold(line), SIGNATURE_WORDS)]).toEqual([line, false, false, false]);
    }
  });
});
