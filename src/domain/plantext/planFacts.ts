import type { Analysis } from '../engine';
import { communesFor, statedCommunes } from '../analysis/communes';
import { programmeName, programmePeriod, provincePlansCommunes } from '../catalog/calendar';
import { runChecks } from '../engine';
import { viewsOf } from '../analysis/select';
import type { FindingDraft } from '../findings/codes';
import { a1 } from '../sheet/address';
import type { Grid } from '../sheet/grid';
import { fold, hasAnyWords } from '../text/fold';

/** The level of government that issues the plan. */
export type Level = 'tinh' | 'huyen' | 'xa';

/** Where a fact was read: the cell and its text. */
export type Evidence = { sheet: string; cell: string; text: string };

/** Who issues the plan: the level, and the name when a title gives it ("UBND TỈNH LẠNG SƠN"). */
export type Issuer = { level?: Level; name?: string; evidence?: Evidence };

/** The number of communes the text divides by, and where it was counted or read. */
export type CommunesFact = { count: number; sheet: string; range: string; how: 'rows' | 'stated' | 'denominator' };

/**
 * The facts a plan's document names besides its figures: its year, the programme and its period,
 * the issuing body and the number of communes, with the disagreements between sheets as findings
 * (data, never text).
 */
export type PlanFacts = {
  year?: number;
  period?: { from: number; to: number };
  programme?: string;
  issuer: Issuer;
  communes?: CommunesFact;
  notes: FindingDraft[];
};

const LEVEL_WORDS: Record<string, Level> = { tinh: 'tinh', huyen: 'huyen', 'thi xa': 'huyen', quan: 'huyen', xa: 'xa', phuong: 'xa', 'thi tran': 'xa' };
/** Cities governed as provinces: "Thành phố Hải Phòng" issues a province's plan. */
const PROVINCIAL_CITIES = ['ha noi', 'ho chi minh', 'hai phong', 'da nang', 'can tho', 'hue'];
/** Words that end a name in a title ("… TỈNH BẮC GIANG NĂM 2022"). */
const AFTER_NAME = /^(?:nam|giai doan|gd|ve|ban hanh|kem theo|den|theo|tu|trong|tren|dat|phan dau|giao)$/;
/** Words no place name holds: "xã nông thôn mới", "các huyện". */
const NOT_A_NAME = ['nong thon', 'tieu chi', 'ke hoach', 'xay dung', 'chi tieu', 'nhom', 'cac', 'toan', 'cap', 'thanh vien', 'chuan', 'moi'];

/** Each character folded on its own, so positions in the folded text are positions in the text. */
function looseOf(text: string): string {
  return [...text].map((ch) => {
    if (ch.length !== 1) return ' '.repeat(ch.length);
    const folded = fold(ch);
    return folded.length === 1 ? folded : ch.toLowerCase().slice(0, 1);
  }).join('');
}

/** "LẠNG SƠN" → "Lạng Sơn". */
function titleCase(name: string): string {
  return name.toLocaleLowerCase('vi').replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toLocaleUpperCase('vi'));
}

/**
 * The issuing body a title names: "UBND TỈNH LẠNG SƠN", "Ủy ban nhân dân huyện Thạch An", "… TỈNH
 * BẮC GIANG NĂM 2022", in any Unicode form; nothing for "toàn tỉnh", "BCĐ tỉnh", "xã nông thôn mới".
 *
 * @example
 * issuerIn('KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI TỈNH BẮC GIANG NĂM 2022') // { level: 'tinh', name: 'Bắc Giang' }
 */
export function issuerIn(text: string): Omit<Issuer, 'evidence'> | undefined {
  const raw = text.normalize('NFC').replace(/\s+/g, ' ');
  const loose = looseOf(raw);
  const patterns = [
    /(?:^|\s)(?:uy ban nhan dan|ubnd)\s+(tinh|thanh pho|huyen|thi xa|quan|xa|phuong|thi tran)\s+/g,
    /(?:^|\s)(tinh|thanh pho|huyen|thi xa)\s+/g,
  ];
  for (const pattern of patterns) {
    for (const match of loose.matchAll(pattern)) {
      const before = loose.slice(0, match.index).trim().split(' ').pop() ?? '';
      if (['toan', 'cap', 'cac', 'bcd', 'cua', 'trong', 'tren'].includes(before) && pattern === patterns[1]) continue;
      const start = match.index! + match[0].length;
      const words: string[] = [];
      let at = start;
      for (const word of loose.slice(start).split(/[\s,;.():–-]/)) {
        if (!word || AFTER_NAME.test(word) || /\d/.test(word) || words.length === 4) break;
        words.push(word);
        at += word.length + 1;
      }
      const folded = words.join(' ');
      if (!words.length || hasAnyWords(folded, NOT_A_NAME)) continue;
      const name = raw.slice(start, at - 1).trim();
      // A name is written with capitals ("tỉnh Bắc Giang"), not "huyện phấn đấu".
      if (!name.split(' ').every((word) => /^\p{Lu}/u.test(word))) continue;
      const word = match[1];
      const level = word === 'thanh pho' ? (PROVINCIAL_CITIES.includes(folded) ? 'tinh' : 'huyen') : LEVEL_WORDS[word];
      return { level, name: titleCase(name) };
    }
  }
  return undefined;
}

const LEVEL_NAME: Record<Level, string> = { tinh: 'tỉnh', huyen: 'huyện', xa: 'xã' };

/**
 * The issuing body as plans name it in running text: "UBND tỉnh Lạng Sơn", "UBND tỉnh" when only
 * the level is known, nothing when neither is.
 *
 * @example
 * issuerName({ level: 'huyen', name: 'Thạch An' }) === 'UBND huyện Thạch An'
 */
export function issuerName(issuer: Issuer): string | undefined {
  return issuer.level ? `UBND ${LEVEL_NAME[issuer.level]}${issuer.name ? ` ${issuer.name}` : ''}` : undefined;
}

/** The texts of the rows above the tables of each sheet: titles, never a table's lines. */
function titleCells(analysis: Analysis): { grid: Grid; row: number; col: number; text: string }[] {
  return analysis.sheets.flatMap(({ grid, views }) => {
    if (views.length === 0) return [];
    const tables = views.map((view) => view.table);
    const lowest = Math.max(...tables.map((t) => t.header.top));
    const cells = [];
    for (let row = grid.top; row < lowest; row++) {
      if (tables.some((t) => row >= t.header.top && row <= t.body.bottom)) continue;
      for (const col of grid.cols()) {
        const text = grid.raw(row, col).trim();
        if (text && (grid.mergeOf(row, col)?.left ?? col) === col) cells.push({ grid, row, col, text });
      }
    }
    return cells;
  });
}

/** The level other words of the workbook point to: who directs the tasks, which departments lead ("Sở …" or "Phòng …"). */
function levelByWords(analysis: Analysis, titles: string[]): Level | undefined {
  const votes = { tinh: 0, huyen: 0 };
  const vote = (folded: string) => {
    if (hasAnyWords(folded, ['bcd tinh', 'ubnd tinh', 'toan tinh', 'cap tinh', 'tinh uy'])) votes.tinh++;
    if (hasAnyWords(folded, ['bcd huyen', 'ubnd huyen', 'toan huyen', 'cap huyen', 'huyen uy'])) votes.huyen++;
  };
  titles.forEach((text) => vote(fold(text)));
  for (const { grid, model } of viewsOf(analysis, 'tasks')) {
    if (model.cols.directing === undefined) continue;
    for (const row of model.rows) vote(grid.text(row.row, model.cols.directing));
  }
  for (const { model } of viewsOf(analysis, 'responsibility')) {
    for (const row of model.rows) {
      const agency = fold(row.agency);
      if (/^so\b/.test(agency)) votes.tinh++;
      if (/^phong\b/.test(agency)) votes.huyen++;
      vote(agency);
    }
  }
  if (votes.tinh === votes.huyen) return undefined;
  return votes.tinh > votes.huyen ? 'tinh' : 'huyen';
}

function issuerOf(analysis: Analysis): Issuer {
  const titles = titleCells(analysis);
  for (const cell of titles) {
    const found = issuerIn(cell.text);
    if (found) return { ...found, evidence: { sheet: cell.grid.name, cell: a1(cell.row, cell.col), text: cell.text } };
  }
  // Since 7/2025 there are no districts: a plan under the 2026 set is the province's or a commune's.
  const level = levelByWords(analysis, titles.map((c) => c.text)) ?? (provincePlansCommunes(analysis.planYear ?? analysis.catalog.period.from) ? 'tinh' : undefined);
  return { level };
}

/**
 * The number of communes the figures divide by, as the analysis decides it for the table they come
 * from (an assignment's listed communes, else the targets table's: `communesFor`); with a finding for
 * each number the workbook states otherwise (`statedCommunes`), and for each commune listed though
 * merged into another.
 */
function communesOf(analysis: Analysis, notes: FindingDraft[]): CommunesFact | undefined {
  const view = viewsOf(analysis, 'assignment')[0]?.view ?? viewsOf(analysis, 'targets')[0]?.view;
  const decided = view && communesFor(analysis, view);
  if (!decided) return undefined;
  const { source } = decided;
  const where = source.kind === 'count' ? { sheet: source.sheet, range: source.range, how: 'rows' as const }
    : 'sheet' in source ? { sheet: source.sheet, range: source.cell, how: source.kind === 'ratio' ? 'denominator' as const : 'stated' as const }
      : { sheet: view.grid.name, range: '', how: 'stated' as const };
  const fact: CommunesFact = { count: decided.value, ...where };
  // The check's own finding: a commune said to be merged into another yet listed (run by the engine).
  const merged = runChecks(analysis).filter((finding) => finding.code === 'merged-commune-listed');
  for (const other of statedCommunes(analysis)) {
    if (other.value === fact.count) continue;
    notes.push({
      code: 'plan-communes-differ', sheet: other.source.sheet, cell: other.source.cell, expected: fact.count, actual: other.value,
      params: { used: fact.count, usedSheet: fact.sheet, usedRange: fact.range, how: fact.how, merged: merged.map((m) => m.key).join(', '), mergedCount: merged.length },
    });
  }
  notes.push(...merged);
  return fact;
}

/**
 * The facts of a plan's document, each from the one analysis of the workbook (the same one the
 * check uses), never from a line of a table: the plan's year as the analysis decides it, the
 * programme and its period for that year, the issuing body from the titles above the tables
 * ("UBND TỈNH LẠNG SƠN") or, without a name, the level the sheets' words point to, and the number
 * of communes the figures divide by. Disagreements (a roll-up stating 30 communes where 31 are
 * listed, one of them merged) come back as findings.
 *
 * @example
 * planFacts(analyzeWorkbook(snapshot)) // { year: 2025, period: { from: 2021, to: 2025 }, issuer: { level: 'huyen', name: 'Thạch An', … }, communes: { count: 13, … }, notes: [] }
 */
export function planFacts(analysis: Analysis): PlanFacts {
  const notes: FindingDraft[] = [];
  const year = analysis.planYear;
  const issuer = issuerOf(analysis);
  const first = analysis.sheets[0]?.grid.name ?? '';
  if (year === undefined) notes.push({ code: 'plan-year-unknown', sheet: first, cell: 'A1' });
  if (!issuer.name) notes.push({ code: 'plan-issuer-unknown', sheet: first, cell: 'A1', params: { level: issuer.level ?? '' } });
  const communes = communesOf(analysis, notes);
  return {
    year,
    period: year !== undefined ? programmePeriod(year) : undefined,
    programme: year !== undefined ? programmeName(year) : undefined,
    issuer,
    communes,
    notes,
  };
}
