import { FINDING_SEVERITY, type FindingDraft, type Lang, type Severity } from '../findings/codes';
import { messageFor } from '../findings/messages';
import { setName } from '../catalog/names';

/** Every code check-text emits, with its severity. */
export const TEXT_SEVERITY = {
  'text-share': 'error',
  'text-total': 'error',
  'text-item-share': 'error',
  'text-progress': 'error',
  'text-average': 'error',
  'text-commune-criteria': 'error',
  'text-distribution': 'error',
  'text-list-count': 'error',
  'text-date-after-plan': 'error',
  'text-placeholder': 'warning',
  'text-stale-year': 'warning',
  'text-workbook': 'error',
  'text-three-state': 'error',
  'text-criterion-status': 'error',
  'text-commune-status': 'error',
  'text-deadline': 'error',
  'text-criterion-number': 'error',
  'text-criterion-name': 'error',
  'text-table': 'error',
  'text-workbook-year': 'warning',
  'text-set-mismatch': 'warning',
} as const satisfies Record<string, Severity>;

export type TextCode = keyof typeof TEXT_SEVERITY;

/** A finding of a plan's text, as data: where (line, quote), what was stated and what the arithmetic gives. */
export type TextFindingDraft = {
  code: TextCode;
  /** 1-based line of the text on which the claim stands. */
  line: number;
  /** The claim as written (the sentence, or its part that holds the numbers). */
  quote: string;
  /** What the text states, and what it should state, as the text would write them. */
  actual: string;
  expected: string;
  params: Record<string, string | number>;
  /** For a table of the text checked as a sheet ('text-table'): the engine's finding, its message made at display time. */
  cellFinding?: FindingDraft;
};

export type TextFinding = TextFindingDraft & { severity: Severity; message: string };

/** Vietnamese number text: "." groups thousands, "," marks decimals. */
export function viNumber(value: number, decimals: number): string {
  const fixed = roundHalfUp(value, decimals).toFixed(decimals);
  const [integer, fraction] = fixed.split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${grouped},${fraction}` : grouped;
}

/** Rounded half up at `decimals`, as plans round (0,55 → 0,6). */
export function roundHalfUp(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale + 1e-9 * Math.sign(value)) / scale;
}

const MESSAGES: Record<Lang, Record<TextCode, (p: TextFindingDraft['params'], f: TextFindingDraft) => string>> = {
  vi: {
    'text-share': (p, f) => `${p.numerator}/${p.denominator} = ${p.exact}%, làm tròn là ${f.expected}; văn bản ghi ${f.actual}.`,
    'text-total': (p, f) => p.what === 'part' ? `Phần ${p.items} lớn hơn tổng ${f.actual} ${p.unit} mà nó thuộc về.` : `Tổng các khoản (${p.items}) là ${f.expected} ${p.unit}; văn bản ghi tổng ${f.actual} ${p.unit}.`,
    'text-item-share': (p, f) => `${p.amount}/${p.total} = ${p.exact}%, làm tròn là ${f.expected}; văn bản ghi ${f.actual}.`,
    'text-progress': (p, f) => `${p.from} + ${p.added} = ${f.expected}; văn bản ghi ${f.actual}.`,
    'text-average': (p, f) => p.source === 'floor'
      ? `Văn bản (dòng ${p.floorLine}) nêu không còn xã dưới ${p.floor} tiêu chí và ${p.full}/${p.communes} xã đạt chuẩn (đủ mọi tiêu chí): bình quân ít nhất ${f.expected} tiêu chí/xã; văn bản ghi ${f.actual}.`
      : p.source === 'distribution'
      ? `Theo phân bố số xã theo số tiêu chí đạt nêu ngay sau, bình quân chỉ có thể từ ${f.expected} tiêu chí/xã; văn bản ghi ${f.actual}.`
      : `Theo số xã đạt từng tiêu chí nêu trong văn bản, bình quân chỉ có thể từ ${f.expected} tiêu chí/xã (tiêu chí không nêu số được tính là mọi xã đều đạt); văn bản ghi ${f.actual}.`,
    'text-commune-criteria': (p) => `Xã ${p.commune}: văn bản (dòng ${p.listedLine}) nêu ${String(p.count).padStart(2, '0')} tiêu chí chưa đạt (${p.listed}), nhưng câu này còn giao tiêu chí số ${p.criterion} cho xã: hoặc số tiêu chí chưa đạt, hoặc danh sách xã được giao phải sửa.`,
    'text-distribution': (p, f) => `Số xã của các nhóm cộng lại (${p.counts}) là ${f.actual}, ${p.complete === 'yes' ? 'không bằng' : 'vượt quá'} tổng số xã ${f.expected}.`,
    'text-list-count': (p, f) => `Danh sách kể ${f.expected} tên (${p.names}); văn bản ghi ${f.actual}.`,
    'text-date-after-plan': (p) => `${p.document} ngày ${p.date} ban hành sau ngày của kế hoạch (${p.planDate}): không thể là căn cứ của kế hoạch.`,
    'text-placeholder': (p) => `Còn chỗ để trống chưa điền: "${p.text}".`,
    'text-stale-year': (p) => `Kế hoạch năm ${p.year} nhưng câu này dự kiến cho năm ${p.named} (có thể chép từ kế hoạch năm trước): kiểm tra lại năm.`,
    'text-workbook': (p, f) => p.what === 'group' ? `Số xã đạt ${p.group} tiêu chí: bảng trong sổ tính cho ${f.expected} xã; văn bản ghi ${f.actual}.`
      : p.what === 'average' ? `Bình quân tiêu chí đạt mỗi xã: bảng trong sổ tính cho ${f.expected}; văn bản ghi ${f.actual}.`
        : p.what === 'funding' ? `Tổng nhu cầu vốn: các khoản của bảng vốn trong sổ tính cộng lại ${f.expected}; văn bản ghi ${f.actual}.`
        : p.what === 'funding-item' ? `${p.item}: bảng vốn trong sổ tính ghi ${f.expected}; văn bản ghi ${f.actual}.`
          : `Tiêu chí số ${p.criterion}: bảng trong sổ tính có ${f.expected} xã đạt cuối năm; văn bản ghi ${f.actual}.`,
    'text-three-state': (p, f) => `Số tiêu chí đạt (${p.met || 0}), cơ bản đạt (${p.basic || 0}) và chưa đạt (${p.unmet || 0}) cộng lại là ${f.actual}, không bằng ${f.expected} tiêu chí của bộ tiêu chí.`,
    'text-criterion-status': (p) => `Tiêu chí số ${p.criterion} vừa được kể là đã đạt (dòng ${p.metLine}) vừa là chưa đạt.`,
    'text-commune-status': (p) => `Xã ${p.commune} đã được nêu là đạt chuẩn (dòng ${p.recognisedLine}) nhưng ở đây lại được kể trong số các xã còn xa chuẩn.`,
    'text-deadline': (p, f) => p.yearSource === 'workbook' ? `Thời hạn ${f.actual} nằm ngoài năm của kế hoạch (${p.year}, theo sổ tính đối chiếu).` : `Thời hạn ${f.actual} nằm ngoài năm của kế hoạch (${p.year}, ${p.yearSource === 'title' ? 'theo tên kế hoạch' : p.yearSource === 'objective' ? 'theo mục tiêu' : 'theo ngày ban hành'}, dòng ${p.yearLine}).`,
    'text-criterion-number': (p) => `Bộ tiêu chí áp dụng cho năm ${p.year} chỉ có ${p.size} tiêu chí: không có tiêu chí số ${p.criterion}.`,
    'text-criterion-name': (p) => `"${p.name}" là tiêu chí số ${p.named} của bộ tiêu chí áp dụng, không phải tiêu chí số ${p.criterion}.`,
    'text-table': (p, f) => `Bảng ${p.table} (từ dòng ${p.firstLine}), ô ${p.cell}: ${f.cellFinding ? messageFor(f.cellFinding, 'vi') : ''}`,
    'text-workbook-year': (p) => `Văn bản là kế hoạch năm ${p.year} (${p.yearSource === 'title' ? 'theo tên kế hoạch' : p.yearSource === 'objective' ? 'theo mục tiêu' : 'theo ngày ban hành'}) nhưng sổ tính đối chiếu là của năm ${p.workbookYear}: các số so với sổ tính có thể không cùng một năm.`,
    'text-set-mismatch': (p) => `Văn bản nêu số tiêu chí của bộ ${p.criteria} tiêu chí (${setName(String(p.shown), 'vi')}) nhưng là kế hoạch năm ${p.year}, năm áp dụng ${setName(String(p.expected), 'vi')} có ${p.expectedCriteria} tiêu chí: đã kiểm tra theo bộ mà văn bản thể hiện.`,
  },
  en: {
    'text-share': (p, f) => `${p.numerator}/${p.denominator} = ${p.exact}%, which rounds to ${f.expected}; the text says ${f.actual}.`,
    'text-total': (p, f) => p.what === 'part' ? `The part ${p.items} is more than the total ${f.actual} ${p.unit} it belongs to.` : `The items (${p.items}) add up to ${f.expected} ${p.unit}; the text states a total of ${f.actual} ${p.unit}.`,
    'text-item-share': (p, f) => `${p.amount}/${p.total} = ${p.exact}%, which rounds to ${f.expected}; the text says ${f.actual}.`,
    'text-progress': (p, f) => `${p.from} + ${p.added} = ${f.expected}; the text says ${f.actual}.`,
    'text-average': (p, f) => p.source === 'floor'
      ? `The text (line ${p.floorLine}) says no commune stays below ${p.floor} criteria and ${p.full} of ${p.communes} communes meet the standard (every criterion): the average is at least ${f.expected} criteria per commune; the text says ${f.actual}.`
      : p.source === 'distribution'
      ? `From the distribution of communes by criteria met stated right after it, the average can only be ${f.expected} criteria per commune; the text says ${f.actual}.`
      : `From the communes meeting each criterion stated in the text, the average can only be ${f.expected} criteria per commune (a criterion without a count taken as met by all); the text says ${f.actual}.`,
    'text-commune-criteria': (p) => `Commune ${p.commune}: the text (line ${p.listedLine}) says it lacks ${p.count} criteria (${p.listed}), yet this sentence also assigns it criterion ${p.criterion}: either the criteria it lacks or the communes assigned must be corrected.`,
    'text-distribution': (p, f) => `The groups' communes (${p.counts}) add up to ${f.actual}, ${p.complete === 'yes' ? 'not' : 'more than'} the ${f.expected} communes.`,
    'text-list-count': (p, f) => `The list names ${f.expected} (${p.names}); the text says ${f.actual}.`,
    'text-date-after-plan': (p) => `${p.document} dated ${p.date} was issued after the plan's own date (${p.planDate}): it cannot be a basis of the plan.`,
    'text-placeholder': (p) => `A blank left to fill in: "${p.text}".`,
    'text-stale-year': (p) => `A ${p.year} plan, yet this sentence plans for ${p.named} (perhaps copied from last year's plan): check the year.`,
    'text-workbook': (p, f) => p.what === 'group' ? `Communes meeting ${p.group} criteria: the workbook's tables give ${f.expected}; the text says ${f.actual}.`
      : p.what === 'average' ? `Average criteria met per commune: the workbook's tables give ${f.expected}; the text says ${f.actual}.`
        : p.what === 'funding' ? `Total funding: the items of the workbook's funding table add up to ${f.expected}; the text says ${f.actual}.`
        : p.what === 'funding-item' ? `${p.item}: the workbook's funding table has ${f.expected}; the text says ${f.actual}.`
          : `Criterion ${p.criterion}: the workbook's tables have ${f.expected} communes meeting it at year end; the text says ${f.actual}.`,
    'text-three-state': (p, f) => `Criteria met (${p.met || 0}), basically met (${p.basic || 0}) and not met (${p.unmet || 0}) add up to ${f.actual}, not the set's ${f.expected}.`,
    'text-criterion-status': (p) => `Criterion ${p.criterion} is listed both as met (line ${p.metLine}) and as not met.`,
    'text-commune-status': (p) => `Commune ${p.commune} is said to meet the standard (line ${p.recognisedLine}) yet is listed here among the communes far from it.`,
    'text-deadline': (p, f) => p.yearSource === 'workbook' ? `The deadline ${f.actual} falls outside the plan's year (${p.year}, from the workbook it is checked against).` : `The deadline ${f.actual} falls outside the plan's year (${p.year}, from ${p.yearSource === 'title' ? 'its title' : p.yearSource === 'objective' ? 'its objectives' : 'its date'}, line ${p.yearLine}).`,
    'text-criterion-number': (p) => `The criteria set in force in ${p.year} has ${p.size} criteria: there is no criterion ${p.criterion}.`,
    'text-criterion-name': (p) => `"${p.name}" is criterion ${p.named} of the set in force, not criterion ${p.criterion}.`,
    'text-table': (p, f) => `Table ${p.table} (from line ${p.firstLine}), cell ${p.cell}: ${f.cellFinding ? messageFor(f.cellFinding, 'en') : ''}`,
    'text-workbook-year': (p) => `The text is a ${p.year} plan (from ${p.yearSource === 'title' ? 'its title' : p.yearSource === 'objective' ? 'its objectives' : 'its date'}) but the workbook it is checked against plans for ${p.workbookYear}: the figures compared may not be of the same year.`,
    'text-set-mismatch': (p) => `The text counts criteria of a ${p.criteria}-criterion set (${setName(String(p.shown), 'en')}) but is a ${p.year} plan, when the ${setName(String(p.expected), 'en')} with ${p.expectedCriteria} criteria applies: checked against the set the text shows.`,
  },
};

/** Severity and message in a language. */
export function localizeText(drafts: readonly TextFindingDraft[], lang: Lang): TextFinding[] {
  return drafts.map((draft) => ({ ...draft, severity: severityOf(draft), message: MESSAGES[lang][draft.code](draft.params, draft) }));
}

/** A finding's severity: its code's, or for a table of the text the engine finding's. */
export function severityOf(draft: TextFindingDraft): Severity {
  return draft.code === 'text-table' && draft.cellFinding ? FINDING_SEVERITY[draft.cellFinding.code] : TEXT_SEVERITY[draft.code];
}
