import type { Lang, Severity } from '../findings/codes';

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
    'text-total': (p, f) => `Tổng các khoản (${p.items}) là ${f.expected} ${p.unit}; văn bản ghi tổng ${f.actual} ${p.unit}.`,
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
  },
  en: {
    'text-share': (p, f) => `${p.numerator}/${p.denominator} = ${p.exact}%, which rounds to ${f.expected}; the text says ${f.actual}.`,
    'text-total': (p, f) => `The items (${p.items}) add up to ${f.expected} ${p.unit}; the text states a total of ${f.actual} ${p.unit}.`,
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
  },
};

/** Severity and message in a language. */
export function localizeText(drafts: readonly TextFindingDraft[], lang: Lang): TextFinding[] {
  return drafts.map((draft) => ({ ...draft, severity: TEXT_SEVERITY[draft.code], message: MESSAGES[lang][draft.code](draft.params, draft) }));
}
