import fc from 'fast-check';
import { fold, hasWords } from '../../src/domain/text/fold';
import { communeKey } from '../../src/domain/text/communeName';
import { parseRatio, parseVietnameseNumber } from '../../src/domain/text/numbers';
import { parseCodeList, parseCriterionRef } from '../../src/domain/text/codes';
import { parseGroupLabel } from '../../src/domain/text/groupLabel';
import { classifyMark } from '../../src/domain/text/marks';
import { parseTimeline } from '../../src/domain/text/timeline';
import { formatNumber } from '../../src/domain/findings/format';
import { ERROR_TEXT, errorOf } from '../../src/domain/sheet/snapshot';

/** Strings as they arrive: any Unicode, plus Vietnamese letters, combining marks, digits and separators. */
const vietnamese = fc.stringOf(fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ0123456789 .,;:%/-–+=@()\u0300\u0301\u0303\u0309\u0323\u00a0'.split('')), { maxLength: 40 });
const anything = fc.oneof(fc.string({ maxLength: 60 }), fc.fullUnicodeString({ maxLength: 60 }), vietnamese);

describe('parsers never throw, whatever the text', () => {
  it.each([
    ['fold', (s: string) => fold(s)],
    ['communeKey', (s: string) => communeKey(s)],
    ['parseVietnameseNumber', (s: string) => parseVietnameseNumber(s)],
    ['parseRatio', (s: string) => parseRatio(s)],
    ['parseCriterionRef', (s: string) => parseCriterionRef(s)],
    ['parseCodeList', (s: string) => parseCodeList(s)],
    ['parseGroupLabel', (s: string) => parseGroupLabel(s)],
    ['classifyMark', (s: string) => classifyMark(s, 2025)],
    ['parseTimeline', (s: string) => parseTimeline(s)],
  ])('%s', (_name, parse) => {
    fc.assert(fc.property(anything, (text) => { parse(text); }), { numRuns: 2000 });
  });
});

describe('round trips', () => {
  it('a number formatted the Vietnamese way reads back as itself', () => {
    fc.assert(fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 3 }), (whole, decimals) => {
      const value = whole / 10 ** decimals;
      const text = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
      const parsed = parseVietnameseNumber(text);
      expect(parsed?.value).toBeCloseTo(value, 10);
      expect(parsed?.decimals).toBe(decimals);
    }), { numRuns: 2000 });
  });

  it('a percentage as the plans print it ("41,4%") reads back with its unit and digits', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1000 }), (tenths) => {
      const parsed = parseVietnameseNumber(`${formatNumber(tenths / 10, 'vi', 1)}%`);
      expect(parsed?.percent).toBe(true);
      expect(parsed?.value).toBeCloseTo(tenths / 10, 10);
    }));
  });

  it('ratios "X/Y" read back', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 9999 }), (x, y) => {
      expect(parseRatio(`${x}/${y}`)).toEqual({ numerator: x, denominator: y });
    }));
  });

  it('criterion and indicator codes read back from every way they are written', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 30 }), fc.option(fc.integer({ min: 1, max: 15 }), { nil: undefined }), (n, sub) => {
      const code = sub === undefined ? String(n) : `${n}.${sub}`;
      for (const written of [code, `Tiêu chí số ${code}`, `TC ${code}`, `${code}. Tên`]) {
        if (sub !== undefined && written.startsWith('Tiêu chí')) continue;
        expect(parseCriterionRef(written)?.code).toBe(code);
      }
      expect(parseCodeList(`${code}; ${n}`).map((r) => r.code)).toEqual([code, String(n)]);
    }));
  });

  it('folding is idempotent and ignores Unicode form and case', () => {
    fc.assert(fc.property(vietnamese, (text) => {
      expect(fold(fold(text))).toBe(fold(text));
      expect(fold(text.normalize('NFD'))).toBe(fold(text.normalize('NFC')));
      expect(fold(text.toUpperCase())).toBe(fold(text.toLowerCase()));
    }), { numRuns: 2000 });
  });
});

describe('whole-word matching', () => {
  it('finds a phrase exactly where it stands as whole words in the folded text', () => {
    const words = fc.array(fc.constantFrom('tong', 'so', 'xa', 'dat', 'tieu', 'chi', 'tc', 'x', 'ke', 'hoach'), { maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(fc.property(words, words, (text, phrase) => {
      expect(hasWords(text, phrase)).toBe(phrase !== '' && ` ${text} `.includes(` ${phrase} `));
    }), { numRuns: 3000 });
  });
});

describe('error texts', () => {
  it('reads a text as an error exactly when, trimmed, it is one (first-character shortcut included)', () => {
    const space = fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u1680');
    const padded = fc.tuple(fc.stringOf(space, { maxLength: 2 }), fc.constantFrom('#REF!', '#N/A', '#DIV/0!', '#NAME?', '#ref!', '#', 'x', 'Ủy ban', '#REF'), fc.stringOf(space, { maxLength: 2 }))
      .map(([before, text, after]) => `${before}${text}${after}`);
    fc.assert(fc.property(fc.oneof(padded, anything), (text) => {
      expect(errorOf(text)).toBe(ERROR_TEXT.test(text.trim()) ? text.trim() : null);
    }), { numRuns: 3000 });
    expect(errorOf({ error: '#VALUE!' })).toBe('#VALUE!');
    expect([errorOf(null), errorOf(5), errorOf(true)]).toEqual([null, null, null]);
  });
});

describe('fold', () => {
  /** What fold says it does, written out: NFD, marks dropped, đ → d, lowercase, every run of other characters one space, trimmed. */
  const byDefinition = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9%]+/g, ' ').trim();
  /** Every character of Latin, Vietnamese, Greek, Cyrillic, marks, spaces and signs up to U+2400 and some past it. */
  const wide = fc.stringOf(fc.oneof(fc.integer({ min: 0, max: 0x2400 }).map((code) => String.fromCharCode(code)), fc.constantFrom('\u2212', '\u2013', '\ufb01', '\u00a0', ' ', 'İ', 'Σ', 'ß')), { maxLength: 45 });

  it('folds short and long texts, in any form, as its definition says', () => {
    fc.assert(fc.property(fc.oneof(vietnamese, wide, fc.fullUnicodeString({ maxLength: 50 }), vietnamese.map((s) => s.normalize('NFD'))), (text) => {
      expect(fold(text)).toBe(byDefinition(text));
    }), { numRuns: 5000 });
  });

  it('folds every Vietnamese letter, in both forms and both cases, to its plain letter', () => {
    const letters = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
    for (const letter of [...letters, ...letters.toUpperCase()]) {
      for (const form of [letter, letter.normalize('NFD')]) expect([form, fold(`Xã ${form}x`)]).toEqual([form, byDefinition(`Xã ${form}x`)]);
    }
  });
});
