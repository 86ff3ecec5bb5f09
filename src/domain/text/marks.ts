import { fold } from './fold';

/**
 * What an assignment cell says of a commune and a criterion. Appraisals record three states (đạt,
 * cơ bản đạt, chưa đạt); plans add the criteria planned this year. "Basic" (cơ bản đạt) is not met
 * for recognition but is its own state.
 */
export type MarkStatus = 'met' | 'planned' | 'basic' | 'not-met' | 'invalid';

const MET = new Set(['x', 'dat', 'd', '1', 'da dat', 'v', 'dd', 'dat chuan', 'duy tri', 'duy tri dat', 'giu vung']);
const PLANNED = new Set(['kh', 'ke hoach', 'phan dau', 'pd', 'p d', 'dang ky', 'dk', 'phan dau dat']);
const BASIC = new Set(['cbd', 'co ban dat', 'cb dat', 'cb']);
const NOT_MET = new Set(['', '0', 'chua dat', 'chua', 'khong', 'k', 'cd', 'c d', 'kd', 'khong dat']);
const CHECK_MARKS = /^[\u2713\u2714\u2611\u221a]$/;
const DASH_ONLY = /^[-\u2010-\u2015\u2212.]+$/;

/**
 * Reads an assignment mark. Met: x, X, đạt, Đ, 1, ✓. Planned this year: KH, kế hoạch,
 * phấn đấu, PĐ, or the plan year (2025). Basically met: CBĐ, cơ bản đạt. Not met: blank, 0, -,
 * CĐ, chưa đạt.
 *
 * @example
 * classifyMark('Đ', 2025) === 'met'; classifyMark(2025, 2025) === 'planned'; classifyMark('?', 2025) === 'invalid'
 */
export function classifyMark(value: unknown, planYear?: number): MarkStatus {
  if (typeof value !== 'string') return classifyValue(value, planYear);
  let marks = TEXT_MARKS.get(planYear);
  if (!marks) TEXT_MARKS.set(planYear, (marks = new Map()));
  let status = marks.get(value);
  if (status === undefined) {
    if (marks.size > 10_000) marks.clear();
    marks.set(value, (status = classifyValue(value, planYear)));
  }
  return status;
}

// A sheet uses a handful of marks thousands of times: read each spelling once (per plan year).
const TEXT_MARKS = new Map<number | undefined, Map<string, MarkStatus>>();

function classifyValue(value: unknown, planYear?: number): MarkStatus {
  if (value === null || value === undefined || value === false) return 'not-met';
  if (value === true) return 'met';
  if (typeof value === 'number') {
    if (value === 1) return 'met';
    if (value === 0) return 'not-met';
    return isPlanYear(value, planYear) ? 'planned' : 'invalid';
  }
  if (typeof value !== 'string') return 'invalid';
  const trimmed = value.trim();
  if (CHECK_MARKS.test(trimmed)) return 'met';
  if (DASH_ONLY.test(trimmed)) return 'not-met';
  const folded = fold(trimmed);
  if (trimmed && !folded) return 'invalid';
  if (MET.has(folded)) return 'met';
  if (PLANNED.has(folded)) return 'planned';
  if (NOT_MET.has(folded)) return 'not-met';
  if (BASIC.has(folded)) return 'basic';
  if (/^\d{4}$/.test(folded) && isPlanYear(Number(folded), planYear)) return 'planned';
  // "KH27", "KH 2027", "PĐ27": planned for a year named by the mark, which must be the plan year.
  const yearMark = /^(?:kh|pd) ?(\d{2}|\d{4})$/.exec(folded);
  if (yearMark) return isPlanYear(yearMark[1].length === 2 ? 2000 + Number(yearMark[1]) : Number(yearMark[1]), planYear) ? 'planned' : 'invalid';
  return 'invalid';
}

function isPlanYear(value: number, planYear?: number): boolean {
  return planYear === undefined ? Number.isInteger(value) && value >= 2010 && value <= 2040 : value === planYear;
}
