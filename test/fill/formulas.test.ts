import { groupLabelOf } from '../../src/domain/fill/formulas';
import { countMarks } from '../../src/domain/sheet/refs';

const GROUPS = [
  { label: '19', min: 19, max: 19 },
  { label: '15-18', min: 15, max: 18 },
  { label: '0-14', min: 0, max: 14 },
];

describe('countMarks', () => {
  it('counts one mark, several marks, numbers as numbers and quotes doubled', () => {
    expect(countMarks('C6:U6', ['x'])).toBe('=COUNTIF(C6:U6,"x")');
    expect(countMarks('C6:U6', ['KH', 2025])).toBe('=COUNTIF(C6:U6,"KH")+COUNTIF(C6:U6,2025)');
    expect(countMarks('C7:U7', ['a"b', 'x', 'Đ'])).toBe('=COUNTIF(C7:U7,"a""b")+COUNTIF(C7:U7,"x")+COUNTIF(C7:U7,"Đ")');
    expect(countMarks('C6:U6', [])).toBe('=0');
  });

  it('gives each range its own formula from the same marks', () => {
    const marks = ['x', 'Đ'];
    expect([countMarks('C3:U3', marks), countMarks('C4:U4', marks)]).toEqual(['=COUNTIF(C3:U3,"x")+COUNTIF(C3:U3,"Đ")', '=COUNTIF(C4:U4,"x")+COUNTIF(C4:U4,"Đ")']);
  });
});

describe('groupLabelOf', () => {
  it('nests one IF per group but the lowest, whatever order the groups come in', () => {
    expect(groupLabelOf('Y6', GROUPS)).toBe('=IF(Y6>=19,"19",IF(Y6>=15,"15-18","0-14"))');
    expect(groupLabelOf('Y7', [...GROUPS].reverse())).toBe('=IF(Y7>=19,"19",IF(Y7>=15,"15-18","0-14"))');
  });

  it('handles two groups and a single group', () => {
    expect(groupLabelOf('X4', [{ label: 'đạt', min: 10, max: 10 }, { label: 'chưa', min: 0, max: 9 }])).toBe('=IF(X4>=10,"đạt","chưa")');
    expect(groupLabelOf('X4', [{ label: 'tất cả', min: 0, max: 10 }])).toBe('="tất cả"');
  });
});
