import type { PlanText } from '../source';

/** A date as a plan writes it; a date with blanks ("ngày   tháng 02 năm 2019") keeps what it states. */
export type Day = { day?: number; month?: number; year: number };

/** Where the plan's year was read: the text's title, objectives or date, else the workbook checked beside it. */
export type YearSource = 'title' | 'objective' | 'date' | 'workbook';

/**
 * The plan's own date and year, and where each was read (line); `workbookYear`: the plan year of the
 * workbook the text is checked beside, kept when it differs from the text's own.
 */
export type PlanFacts = {
  date?: Day & { line: number };
  year?: number;
  yearSource?: YearSource;
  yearLine?: number;
  workbookYear?: number;
  /** The title asks for the advanced set ("Kế hoạch xây dựng xã nông thôn mới nâng cao"), with its line. */
  advanced?: { line: number };
};

const FULL = /\bngay\s+(\d{1,2}|[._…\s]{0,12})\s*(?:thang\s+|\/\s*)(\d{1,2}|[._…\s]{0,12})\s*(?:nam\s+|\/\s*)(20\d\d|19\d\d)\b/;
const SLASHED = /\bngay\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(20\d\d|19\d\d)\b/;
const PLACE_DATE = /^[a-z][a-z .-]{1,40},\s*ngay\b/;

/** Folded line i (0-based). */
const folded = (text: PlanText, i: number) => text.folded.slice(text.offsetOf(i + 1), text.offsetOf(i + 1) + text.lines[i].length);

function dateOn(line: string): Day | undefined {
  const m = FULL.exec(line) ?? SLASHED.exec(line);
  if (!m) return undefined;
  const day = /^\d+$/.test(m[1]) ? Number(m[1]) : undefined;
  const month = /^\d+$/.test(m[2]) ? Number(m[2]) : undefined;
  if ((month !== undefined && (month < 1 || month > 12)) || (day !== undefined && (day < 1 || day > 31))) return undefined;
  return { day, month, year: Number(m[3]) };
}

/**
 * The plan's own date: the place-and-date line of its header ("Lạng Sơn, ngày 22 tháng 02 năm
 * 2019"), else a date on its number line ("Số: 46/KH-UBND ngày 22/02/2019"), else the place-and-date
 * line above its signature. Blanks left for the day or month keep the rest ("ngày   tháng 02 năm
 * 2019" is February 2019).
 *
 * @example
 * planDateOf(prepareText('Số: 46/KH-UBND\nLạng Sơn, ngày 22 tháng 02 năm 2019')) // { day: 22, month: 2, year: 2019, line: 2 }
 */
export function planDateOf(text: PlanText): (Day & { line: number }) | undefined {
  const head = Math.min(text.lines.length, 30);
  for (let i = 0; i < head; i++) {
    const line = folded(text, i).trim();
    if (PLACE_DATE.test(line) || /^ngay\b/.test(line) || /^so\s*:?\s*\S*\/[a-z]/.test(line)) {
      const day = dateOn(line);
      if (day) return { ...day, line: i + 1 };
    }
  }
  // The signature's place and date, at the end of the plan's body (before any appendix).
  for (let i = text.lines.length - 1; i >= head; i--) {
    const line = folded(text, i).trim();
    if (PLACE_DATE.test(line) && line.length < 80) {
      const day = dateOn(line);
      if (day) return { ...day, line: i + 1 };
    }
  }
  return undefined;
}

const TITLE_START = /^(?:\*\*)?ke hoach\b(?!\s+so\b)/;
// "Năm 2027, phấn đấu …", "phấn đấu đến hết năm 2027", "Mục tiêu năm 2027", "kế hoạch năm 2027".
const OBJECTIVE = /\b(?:phan dau(?: den het| den cuoi| trong| den)?|muc tieu(?: cu the)?(?: den het| trong)?|ke hoach|chi tieu)\s+nam\s+(20\d\d)\b|(?:^|[.;:]\s*|-\s*)nam\s+(20\d\d)\s*,?\s*(?:phan dau|toan (?:tinh|huyen|xa)|thuc hien|tiep tuc)/g;

/**
 * The plan's year, the one reader of it for every check of a text: the year its title names
 * ("KẾ HOẠCH … năm 2025"); without a title, the year its objectives name most ("Năm 2027, phấn đấu
 * …", "phấn đấu đến hết năm 2027"); else its own date's year. Never a period ("giai đoạn
 * 2017-2020"). The line it was read on is kept.
 *
 * Beside a workbook (`workbookYear`, the analysis' plan year), decided here once: the text's own
 * year stands (it is the text under check); a text that names none takes the workbook's; when both
 * name one and they differ, the workbook's is kept as `workbookYear` for the finding.
 *
 * @example
 * planFactsOf(prepareText('KẾ HOẠCH\nXây dựng nông thôn mới năm 2025')).year === 2025
 * planFactsOf(prepareText('Có 12 xã đạt chuẩn.'), 2027) // { year: 2027, yearSource: 'workbook' }
 */
export function planFactsOf(text: PlanText, workbookYear?: number): PlanFacts {
  const own = ownYear(text);
  if (own.year === undefined) return workbookYear === undefined ? own : { ...own, year: workbookYear, yearSource: 'workbook' };
  return workbookYear !== undefined && workbookYear !== own.year ? { ...own, workbookYear } : own;
}

function ownYear(text: PlanText): PlanFacts {
  const lines = titleLines(text);
  const advancedAt = lines.find((i) => /\bnang cao\b/.test(folded(text, i)) && /\b(nong thon moi|ntm)\b/.test(folded(text, i)));
  const facts = { date: planDateOf(text), ...(advancedAt !== undefined ? { advanced: { line: advancedAt + 1 } } : {}) };
  return { ...facts, ...yearOf(text, lines, facts.date) };
}

function yearOf(text: PlanText, lines: number[], date: PlanFacts['date']): Omit<PlanFacts, 'date' | 'advanced'> {
  const title = titleYear(text, lines);
  if (title) return { year: title.year, yearSource: 'title', yearLine: title.line };
  const counts = new Map<number, { n: number; line: number }>();
  for (const m of text.folded.matchAll(OBJECTIVE)) {
    const year = Number(m[1] ?? m[2]);
    const seen = counts.get(year);
    counts.set(year, { n: (seen?.n ?? 0) + 1, line: seen?.line ?? text.lineOf(m.index!) });
  }
  const best = [...counts].sort((a, b) => b[1].n - a[1].n || a[1].line - b[1].line)[0];
  if (best) return { year: best[0], yearSource: 'objective', yearLine: best[1].line };
  if (date) return { year: date.year, yearSource: 'date', yearLine: date.line };
  return {};
}

/**
 * The lines (0-based) of the plan's title: from "KẾ HOẠCH" over the next lines up to the first "Căn
 * cứ" or section; a text without one (an excerpt) is headed by its first line.
 */
function titleLines(text: PlanText): number[] {
  const lines = kehoachLines(text);
  if (lines.length) return lines;
  const first = text.lines.findIndex((line) => line.trim() !== '');
  return first >= 0 ? [first] : [];
}

function kehoachLines(text: PlanText): number[] {
  const head = Math.min(text.lines.length, 40);
  for (let i = 0; i < head; i++) {
    if (!TITLE_START.test(folded(text, i).trim())) continue;
    const lines = [i];
    for (let j = i + 1; j < Math.min(text.lines.length, i + 6); j++) {
      if (/^(can cu|thuc hien|i\.|phan\b)/.test(folded(text, j).trim())) break;
      lines.push(j);
    }
    return lines;
  }
  return [];
}

function titleYear(text: PlanText, lines: number[]): { year: number; line: number } | undefined {
  // Only a "KẾ HOẠCH" title names the plan's year; a first line heading an excerpt is left to the objectives.
  if (lines.length === 0 || !TITLE_START.test(folded(text, lines[0]).trim())) return undefined;
  for (const j of lines) {
    const year = /\bnam\s+(20\d\d)\b/.exec(folded(text, j).trim().replace(/\bgiai doan\s+20\d\d\s*[-–]\s*20\d\d/g, ''));
    if (year) return { year: Number(year[1]), line: j + 1 };
  }
  return undefined;
}

/** The latest day a date with blanks can stand for (a number of days since year 0, for comparing). */
export function latestDay(day: Day): number {
  const month = day.month ?? 12;
  const last = day.day ?? new Date(Date.UTC(day.year, month, 0)).getUTCDate();
  return dayNumber(day.year, month, last);
}

export function dayNumber(year: number, month: number, day: number): number {
  return year * 372 + (month - 1) * 31 + (day - 1);
}

/** "22/02/2019", "02/2019", "2019": as much of a date as is stated. */
export function shownDay(day: Day): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (day.day !== undefined && day.month !== undefined) return `${pad(day.day)}/${pad(day.month)}/${day.year}`;
  if (day.month !== undefined) return `${pad(day.month)}/${day.year}`;
  return String(day.year);
}
