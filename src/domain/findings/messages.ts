import type { FindingCode, FindingDraft, FindingParams, Lang } from './codes';
import { formatNumber } from './format';
import { criterionName, setName } from '../catalog/names';
import { BASES, STATUSES, SUBJECTS, wordOf } from './subjects';

type Render = (draft: FindingDraft, n: (value: unknown) => string) => string;

const subjectVi = (d: FindingDraft) => wordOf(SUBJECTS, d.params?.subject, 'vi');
const subjectEn = (d: FindingDraft) => wordOf(SUBJECTS, d.params?.subject, 'en');
const basisVi = (d: FindingDraft) => wordOf(BASES, d.params?.basis, 'vi');
const basisEn = (d: FindingDraft) => wordOf(BASES, d.params?.basis, 'en');
type MessageMap = Record<FindingCode, Render>;

const SOURCE_VI: Record<string, string> = {
  'column-numbers': 'theo dòng số thứ tự cột', header: 'theo tên cột', 'totals-row': 'dòng tổng', 'totals-column': 'cột tổng',
  hierarchy: 'tổng các mục con', marks: 'đếm ký hiệu', list: 'đếm danh sách', 'average-row': 'dòng bình quân', 'count-row': 'dòng đếm số xã',
  'trong-do': 'phần "Trong đó"', 'row-labels': 'theo tên dòng',
};
const SOURCE_EN: Record<string, string> = {
  'column-numbers': 'from the column-number row', header: 'from the column headers', 'totals-row': 'totals row', 'totals-column': 'totals column',
  hierarchy: 'sum of the sub-items', marks: 'count of the marks', list: 'length of the list', 'average-row': 'average row', 'count-row': 'count row',
  'trong-do': 'a "Trong đó" part', 'row-labels': 'from the row labels',
};
const FAMILY_VI: Record<string, string> = {
  'assignment-sideways': 'giao chỉ tiêu theo xã (xoay ngang)', rollup: 'tổng hợp theo đơn vị', counts: 'số tiêu chí theo xã', 'main-targets': 'chỉ tiêu chủ yếu',
  'funding-grid': 'nguồn vốn theo nguồn', 'responsibility-criteria': 'phân công theo tiêu chí', 'responsibility-matrix': 'ma trận phân công', 'self-assessment': 'tự đánh giá theo chỉ tiêu', 'criteria-across': 'số liệu theo tiêu chí (tiêu chí theo cột)', 'commune-criteria': 'đánh giá tiêu chí của một xã', generic: 'số liệu', 'criterion-counts': 'số chỉ tiêu đạt theo xã và tiêu chí',
};
const FAMILY_EN: Record<string, string> = {
  'assignment-sideways': 'sideways assignment', rollup: 'roll-up by unit', counts: 'per-commune counts', 'main-targets': 'main targets',
  'funding-grid': 'funding by source', 'responsibility-criteria': 'responsibility by criterion', 'responsibility-matrix': 'responsibility matrix', 'self-assessment': 'self-assessment by indicator', 'criteria-across': 'figures by criterion (criteria across)', 'commune-criteria': "a commune's criteria", generic: 'numbers', 'criterion-counts': 'indicators met by commune and criterion',
};
const LEVEL_VI: Record<string, string> = { tinh: 'tỉnh', huyen: 'huyện', xa: 'xã' };
const LEVEL_EN: Record<string, string> = { tinh: 'province', huyen: 'district', xa: 'commune' };
const AXIS_VI: Record<string, string> = { commune: 'xã', district: 'huyện', group: 'nhóm xã', criterion: 'tiêu chí', target: 'chỉ tiêu', source: 'nguồn vốn', project: 'dự án', year: 'năm', agency: 'cơ quan', unknown: 'dòng' };

/** "đã đạt ở cột C, đạt thêm ở cột D": the named columns a reader found, those it did not left out. */
function columnsList(p: FindingParams, names: Record<string, string>, at: string): string {
  return Object.entries(names).filter(([key]) => p[key] !== undefined).map(([key, name]) => `${name} ${at} ${p[key]}`).join(', ');
}
const upper = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const COMMUNES_FROM_VI: Record<string, string> = { title: 'theo tiêu đề ô', label: 'ghi ở ô', cell: 'ghi ở ô', 'column-numbers': 'theo dòng số thứ tự cột, ô', count: 'đếm tên xã ở', option: 'theo --communes' };
const COMMUNES_FROM_EN: Record<string, string> = { title: 'from the title in', label: 'stated in', cell: 'stated in', 'column-numbers': 'from the column-number row, cell', count: 'counting the names in', option: 'from --communes' };

/** "; số xã: 96, theo tiêu đề ô A2": where the number of communes was read. */
function communesVi(p: FindingParams): string {
  if (p.communes === undefined) return '';
  return `; số xã: ${p.communes}, ${COMMUNES_FROM_VI[String(p.communesFrom)] ?? ''}${p.communesAt ? ` ${p.communesAt}` : ''}`;
}

function communesEn(p: FindingParams): string {
  if (p.communes === undefined) return '';
  return `; ${p.communes} communes, ${COMMUNES_FROM_EN[String(p.communesFrom)] ?? ''}${p.communesAt ? ` ${p.communesAt}` : ''}`;
}

function sheetReadVi(p: FindingParams): string {
  const cols = (names: Record<string, string>) => { const list = columnsList(p, names, 'ở cột'); return list ? `; ${list}` : ''; };
  switch (p.kind) {
    case 'targets':
      return `Đã đọc bảng chỉ tiêu theo tiêu chí: ${p.criteria} tiêu chí${p.lines ? `, ${p.lines} dòng chỉ tiêu khác` : ''}${p.groups ? `, ${p.groups} dòng phân nhóm theo số tiêu chí` : ''}${cols({ baseline: 'đã đạt', added: 'đạt thêm', cumulative: 'lũy kế', share: 'tỷ lệ' })}${communesVi(p)}.`;
    case 'assignment':
      return `Đã đọc bảng giao chỉ tiêu: ${p.communes} xã × ${p.criteria} tiêu chí${p.indicators ? `, ${p.indicators} cột chỉ tiêu` : ''}${cols({ group: 'nhóm xã', former: 'hình thành từ' })}${p.totals ? `; ${p.totals} dòng tổng` : ''}${p.thresholds ? `; ngưỡng đạt nêu ở ô ${p.thresholds} được áp dụng cho các chỉ tiêu` : ''}.`;
    case 'funding':
      return `Đã đọc danh sách nguồn vốn: ${p.items} mục (${p.levels} cấp)${cols({ amount: 'số tiền' })}${p.total ? `; dòng tổng ${p.total}` : ''}.`;
    case 'catalog':
      return `Đã đọc danh mục tiêu chí của sổ tính: ${p.criteria} tiêu chí${p.indicators ? `, ${p.indicators} chỉ tiêu có ngưỡng theo nhóm xã` : ''}; các trang khác được kiểm tra theo danh mục này.`;
    case 'tasks':
      return `Đã đọc danh sách nhiệm vụ: ${p.tasks} nhiệm vụ${p.sections ? ` trong ${p.sections} phần` : ''}${cols({ implementing: 'chủ trì', coordinating: 'phối hợp', timeline: 'thời gian' })}.`;
    default:
      return `Đã đọc bảng phân công: ${p.agencies} cơ quan, ${p.codes} tiêu chí, chỉ tiêu được giao.`;
  }
}

function sheetReadEn(p: FindingParams): string {
  const cols = (names: Record<string, string>) => { const list = columnsList(p, names, 'in column'); return list ? `; ${list}` : ''; };
  switch (p.kind) {
    case 'targets':
      return `Read a targets table by criterion: ${p.criteria} criteria${p.lines ? `, ${p.lines} other target row${p.lines === 1 ? '' : 's'}` : ''}${p.groups ? `, ${p.groups} rows of communes by criteria met` : ''}${cols({ baseline: 'met', added: 'added', cumulative: 'year end', share: 'share' })}${communesEn(p)}.`;
    case 'assignment':
      return `Read an assignment table: ${p.communes} communes × ${p.criteria} criteria${p.indicators ? `, ${p.indicators} indicator columns` : ''}${cols({ group: 'commune group', former: 'formed from' })}${p.totals ? `; ${p.totals} totals rows` : ''}${p.thresholds ? `; thresholds stated in ${p.thresholds} applied to the indicators` : ''}.`;
    case 'funding':
      return `Read a funding list: ${p.items} items (${p.levels} level${p.levels === 1 ? '' : 's'})${cols({ amount: 'amount' })}${p.total ? `; totals row ${p.total}` : ''}.`;
    case 'catalog':
      return `Read the workbook's own criteria set: ${p.criteria} criteria${p.indicators ? `, ${p.indicators} indicators with thresholds by commune group` : ''}; the other sheets are checked against it.`;
    case 'tasks':
      return `Read a task list: ${p.tasks} tasks${p.sections ? ` in ${p.sections} sections` : ''}${cols({ implementing: 'lead', coordinating: 'coordinating', timeline: 'timeline' })}.`;
    default:
      return `Read a responsibility table: ${p.agencies} agencies, ${p.codes} criteria and indicators assigned.`;
  }
}

/** Numbers inside a computation are written {41.4} and shown in the reader's language. */
function numbersIn(text: unknown, n: (value: unknown) => string): string {
  return String(text ?? '').replace(/\{(-?[\d.e+-]+)\}/g, (_, value: string) => n(Number(value)));
}

/** A relation's formula as shown: a count's statuses worded ("COUNT(C4:C13: đạt hoặc phấn đấu đạt)"), not by their codes. */
function formulaIn(d: FindingDraft, locale: 'vi' | 'en'): string {
  const formula = String(d.params?.formula ?? '');
  const statuses = d.params?.statuses;
  if (d.params?.relation !== 'count' || typeof statuses !== 'string') return formula;
  const words = statuses.split('+').map((status) => wordOf(STATUSES, status, locale) ?? status).join(locale === 'vi' ? ' hoặc ' : ' or ');
  return formula.replace(`: ${statuses})`, `: ${words})`);
}

function relationVi(d: FindingDraft, n: (value: unknown) => string): string {
  return `${formulaIn(d, 'vi')} ${SOURCE_VI[String(d.params?.source)] ?? ''}: ${numbersIn(d.params?.computation, n)}, ghi ${n(d.actual)}.`;
}

function relationEn(d: FindingDraft, n: (value: unknown) => string): string {
  return `${formulaIn(d, 'en')} ${SOURCE_EN[String(d.params?.source)] ?? ''}: ${numbersIn(d.params?.computation, n)}, stated ${n(d.actual)}.`;
}

const vi: MessageMap = {
  'percent-mismatch': (d, n) => d.params?.formula ? relationVi(d, n) : `Tỷ lệ ghi ${n(d.actual)}% nhưng ${n(d.params?.count)}/${n(d.params?.denominator)} = ${n(d.expected)}%.`,
  'total-mismatch': (d, n) => d.params?.formula ? relationVi(d, n) : `${subjectVi(d) ?? 'Tổng'} ghi ${n(d.actual)} nhưng tính được ${n(d.expected)}${basisVi(d) ? ` (${basisVi(d)})` : ''}.`,
  'exceeds-total': (d, n) => `${subjectVi(d) ?? 'Số lượng'} ${n(d.actual)} vượt quá ${n(d.expected)}.`,
  'unknown-criterion': (d) => `"${d.key}" không có trong ${setName(String(d.params?.catalog), 'vi')}.`,
  'missing-criterion': (d) => `Thiếu cột tiêu chí số ${d.key} của ${setName(String(d.params?.catalog), 'vi')}.`,
  'invalid-status': (d) => `Ký hiệu "${d.actual}" không hợp lệ (${d.params?.legend ? `chú thích của trang: "${d.params.legend}"` : 'dùng x/đạt cho đã đạt, KH/phấn đấu cho kế hoạch năm nay, CBĐ cho cơ bản đạt, để trống, 0 hoặc CĐ cho chưa đạt'}).`,
  'duplicate-commune': (d) => `Xã "${d.key}" xuất hiện lần nữa (đã có ở ô ${d.params?.first}).`,
  'duplicate-lead': (d) => `${d.key} có hai cơ quan chủ trì: ${d.params?.agencies}.`,
  'conflicting-lead': (d) => `Chỉ tiêu ${d.key} giao cho ${d.params?.agency}, khác cơ quan chủ trì tiêu chí ${d.params?.parent} (${d.params?.parentAgency}).`,
  'uncovered-criterion': (d) => `${upper(criterionName(String(d.key), 'vi'))} (${d.params?.name}) của ${setName(String(d.params?.catalog), 'vi')} chưa có cơ quan chủ trì.`,
  'formula-error': (d) => `Ô có lỗi công thức ${d.actual}.`,
  'missing-value': (d) => `Thiếu ${subjectVi(d) ?? 'giá trị'}.`,
  'unparsed-timeline': (d) => `Không đọc được thời gian "${d.actual}"; giữ nguyên như đã ghi.`,
  'target-below-baseline': (d, n) => `${subjectVi(d) ?? 'Chỉ tiêu'} ${n(d.actual)} thấp hơn mức đã đạt ${n(d.expected)}.`,
  'goal-unreachable': (d) => `Xã "${d.key}" đăng ký đạt chuẩn nhưng tiêu chí ${d.params?.criteria} chưa đạt và không có trong kế hoạch năm nay.`,
  'invalid-catalog': (d) => `Danh mục tiêu chí không hợp lệ: ${d.params?.problem}.`,
  'unchecked-set': (d) => `Bộ tiêu chí "${d.key}" không có trong danh mục; các mã của bộ này không được kiểm tra.`,
  'relation-mismatch': (d, n) => relationVi(d, n),
  'table-read': (d) => `Đã đọc bảng ${FAMILY_VI[String(d.params?.family)] ?? d.params?.family}: ${d.params?.rows} dòng${d.params?.axis === 'unknown' ? '' : ` theo ${AXIS_VI[String(d.params?.axis)] ?? d.params?.axis}`}${d.params?.orientation === 'cols' ? ' (bảng xoay ngang: đơn vị theo cột)' : ''}${d.params?.numbers ? ', có dòng số thứ tự cột' : ''}${d.params?.agencies ? ` × ${d.params.agencies} cơ quan (chủ trì, phối hợp)` : d.params?.family === 'self-assessment' ? '; kết quả từng chỉ tiêu đối chiếu với mức quy định và tự đánh giá' : `; đối chiếu ${d.params?.relations} phép tính trong bảng (tổng, hiệu, tỷ lệ): ${d.params?.holding} khớp`}${d.params?.guessed ? `; ${d.params.guessed} phép tính dựa trên phỏng đoán (chưa rõ các dòng hoặc tên cột) nên chỉ cảnh báo, không tự điền` : ''}${d.params?.bounds ? `; ${d.params.bounds} ô số tiêu chí của từng xã đối chiếu với ${d.params.size} tiêu chí của ${setName(String(d.params.set), 'vi')}` : ''}${d.params?.unchecked ? `; chưa đối chiếu cột tỷ lệ ${d.params.unchecked}: bảng không cho biết tỷ lệ của số nào` : ''}.`,
  'sheet-read': (d) => sheetReadVi(d.params ?? {}),
  'missing-lead': (d) => `${upper(criterionName(String(d.key), 'vi'))} chưa có cơ quan chủ trì${d.params?.partners ? ` (chỉ có cơ quan phối hợp: ${d.params.partners})` : ''}.`,
  'no-advanced-set': (d) => `"${d.params?.text}" nói đến nông thôn mới nâng cao, nhưng năm ${d.params?.year} chưa có bộ tiêu chí nâng cao (giai đoạn 2026–2030 chỉ có bộ xã đạt chuẩn; xã NTM hiện đại theo tiêu chí của tỉnh): đã kiểm tra theo ${setName(String(d.params?.catalog), 'vi')}.`,
  'merged-commune-listed': (d) => `${d.key} đã sáp nhập vào ${d.params?.into} (ô ${d.params?.at}) nhưng vẫn có dòng riêng: từ 7/2025 xã này không còn, số liệu của nó sẽ bị tính hai lần.`,
  'mixed-criteria-sets': (d) => `${d.key}: ô này cộng số liệu của các năm ${d.params?.years} (${d.params?.formula}) — năm ${d.params?.from} tính theo bộ 19 tiêu chí, năm ${d.params?.to} theo bộ 10 tiêu chí giai đoạn 2026–2030. Số theo hai bộ tiêu chí khác nhau không cộng với nhau được: tính lũy kế từ năm 2026.`,
  'indicator-below-threshold': (d, n) => `${d.key}: chỉ tiêu ${d.params?.indicator} (${d.params?.name}) ghi ${n(d.actual)}, chưa đạt ngưỡng nhóm ${d.params?.group} (${d.expected}), nhưng tiêu chí ${d.params?.criterion} được ghi là đạt (ô ${d.params?.mark}). Tiêu chí chỉ đạt khi mọi chỉ tiêu của nó đạt.`,
  'indicators-met-marked-not': (d) => `${d.key}: cả ${d.params?.indicators} chỉ tiêu của tiêu chí ${d.params?.criterion} đều đạt ngưỡng của nhóm xã, nhưng tiêu chí ghi "${d.actual}" (chưa đạt). Kiểm tra lại ký hiệu hoặc số liệu chỉ tiêu.`,
  'invalid-group': (d) => `${d.key}: nhóm xã "${d.actual}" không có — bộ tiêu chí 2026–2030 chia xã thành nhóm 1, 2, 3.`,
  'set-mismatch': (d) => `Bảng có ${d.params?.criteria} cột tiêu chí (${setName(String(d.params?.shown), 'vi')}) nhưng tiêu đề ghi năm ${d.params?.year}, năm áp dụng ${setName(String(d.params?.expected), 'vi')} có ${d.params?.expectedCriteria} tiêu chí: đã kiểm tra theo bộ mà bảng thể hiện. Nếu là kế hoạch năm ${d.params?.year}, hãy dùng biểu mẫu của ${setName(String(d.params?.expected), 'vi')} (Tạo biểu mẫu, năm ${d.params?.year}).`,
  'empty-workbook': (d) => `Sổ làm việc không có ô nào có nội dung${d.params?.sheets ? ` (${d.params.sheets} trang tính, đều trống)` : ' (không có trang tính nào)'}: chưa kiểm tra được gì. Hãy kiểm tra lại tệp đã chọn.`,
  'no-table': () => 'Không nhận ra bảng nào (chỉ tiêu, giao chỉ tiêu theo xã, nguồn vốn, nhiệm vụ, phân công): không có gì để kiểm tra. Xem các kiểu bảng trong README hoặc tạo biểu mẫu.',
  'unsure-relation': (d, n) => `Có thể sai (bảng đọc với độ tin cậy thấp: ${d.params?.guess === 'rows' ? 'chưa rõ các dòng là gì, coi dòng tổng là tổng của chúng' : 'cột này không có tên cột rõ nghĩa'}): ${relationVi(d, n)}`,
  'unread-table': (d) => `Chưa đọc được bảng ${d.params?.range}${d.params?.title ? ` ("${d.params.title}")` : ''}: có ${d.params?.numbers} ô số liệu nhưng ${d.params?.reason === 'header' ? 'không hiểu được tiêu đề các cột' : d.params?.reason === 'relations' ? 'không thấy quan hệ nào giữa các số (tổng, tỷ lệ, số lũy kế…)' : 'không tìm thấy dòng tiêu đề cột'}, nên các số này CHƯA được kiểm tra.`,
  'plan-communes-differ': (d, n) => `Văn bản tính trên ${n(d.expected)} xã (${d.params?.how === 'rows' ? `các dòng xã của trang "${d.params?.usedSheet}", ${d.params?.usedRange}` : `ô ${d.params?.usedRange} trang "${d.params?.usedSheet}"`}) nhưng ô ${d.cell} trang "${d.sheet}" ghi ${n(d.actual)} xã${d.params?.mergedCount ? `; ${d.params.mergedCount} xã được ghi là đã sáp nhập vào xã khác mà vẫn có dòng riêng (${d.params?.merged})` : ''}. Kiểm tra số xã trước khi ban hành.`,
  'plan-year-unknown': () => 'Tiêu đề các trang không ghi năm kế hoạch: văn bản để trống năm (……) cho người soạn điền.',
  'plan-issuer-unknown': (d) => d.params?.level
    ? `Tiêu đề các trang không ghi tên ${LEVEL_VI[String(d.params.level)]}: văn bản để trống tên cơ quan ban hành và địa danh (……) cho người soạn điền.`
    : 'Tiêu đề các trang không ghi cơ quan ban hành (UBND tỉnh, huyện hay xã): văn bản để trống (……) cho người soạn điền.',
  'range-not-read': (d, n) => d.params?.reason === 'far'
    ? `Không đọc vùng ${d.params?.range} (${n(d.params?.cells)} ô có dữ liệu): nằm xa các bảng của trang, đọc cả khoảng trống ở giữa sẽ quá ${n(d.params?.limit)} ô. Nếu đó là giá trị sót lại, hãy xóa nó rồi kiểm tra lại; nếu là một bảng, hãy chuyển nó sang trang riêng.`
    : `Không đọc trang này (vùng ${d.params?.range}, ${n(d.params?.cells)} ô): quá ${n(d.params?.limit)} ô, phần bổ trợ không đọc hết trong Excel được. Hãy dùng lệnh "ntm-plan check" trên tệp, hoặc chuyển dữ liệu lớn sang sổ làm việc khác.`,
  'unclear-role': (d) => `${d.key}: ô ghi "${d.params?.mark}" ở cột ${d.params?.agency}, không rõ là chủ trì hay phối hợp (bảng không có chú thích ký hiệu này). Ghi "CT"/"PH" hoặc thêm dòng chú thích, ví dụ "CT: chủ trì; PH: phối hợp".`,
  'criterion-met-indicator-not': (d) => `${d.params?.criterion} (${d.params?.name}) tự đánh giá "${d.params?.verdict}" nhưng chỉ tiêu ${d.params?.indicator} ghi "${d.params?.indicatorVerdict}" (ô ${d.params?.indicatorCell}): tiêu chí chỉ đạt khi mọi chỉ tiêu của nó đạt.`,
  'criteria-met-count': (d) => `"${d.key}" ghi ${d.params?.stated} tiêu chí đạt nhưng bảng có ${d.params?.counted}/${d.params?.criteria} tiêu chí tự đánh giá đạt. Nên ghi ${d.params?.counted}.`,
  'met-below-threshold': (d) => `${d.key}: tự đánh giá "${d.params?.verdict}" nhưng kết quả ${d.params?.reached} (ô ${d.params?.reachedCell}) chưa đạt mức quy định ${d.params?.required} (ô ${d.params?.requiredCell}).`,
  'not-met-above-threshold': (d) => `${d.key}: kết quả ${d.params?.reached} (ô ${d.params?.reachedCell}) đã đạt mức quy định ${d.params?.required} (ô ${d.params?.requiredCell}) nhưng tự đánh giá "${d.params?.verdict}". Kiểm tra lại.`,
  'part-exceeds-whole': (d, n) => `${d.key}: là một phần ("Trong đó") của "${d.params?.whole}" (ô ${d.params?.wholeCell}) nhưng ghi ${n(d.actual)}, lớn hơn ${n(d.expected)} của dòng đó (${d.params?.formula}). Một phần không vượt quá dòng mà nó thuộc về.`,
  'commune-unnamed': (d) => `Bảng ${d.params?.range} là bảng đánh giá tiêu chí của một xã nhưng tiêu đề, tiêu đề cột, tên trang và tên tệp đều không ghi xã nào: ghi "UBND xã …" hoặc "Xã …" ở dòng tiêu đề, nếu không bảng này không tổng hợp được.`,
  'status-blank': (d) => `${d.key}: chưa ghi kết quả đánh giá (ô để trống): ghi "Đạt", "Cơ bản đạt" hoặc "Chưa đạt". Đến khi ghi, tiêu chí này được tính là chưa đánh giá.`,
  'outside-set': (d, n) => {
    const set = setName(String(d.params?.set), 'vi');
    // A criterion's indicators, as its header states them ("Quy hoạch (2 chỉ tiêu)").
    if (d.params?.what === 'indicators') return d.params?.below ? `${d.key}: "${d.params?.column}" ghi ${n(d.actual)}: số chỉ tiêu đạt không thể âm.` : `${d.key}: "${d.params?.column}" ghi ${n(d.actual)} chỉ tiêu đạt, nhiều hơn ${n(d.params?.size)} chỉ tiêu mà tiêu đề cột ghi cho tiêu chí này.`;
    if (d.params?.below) return `${d.key}: "${d.params?.column}" ghi ${n(d.actual)}: số tiêu chí không thể âm (${set} có ${n(d.params?.size)} tiêu chí).`;
    return d.params?.what === 'average'
      ? `${d.key}: bình quân ${n(d.actual)} tiêu chí/xã ("${d.params?.column}") vượt quá ${n(d.params?.size)} tiêu chí của ${set}.`
      : `${d.key}: "${d.params?.column}" ghi ${n(d.actual)} tiêu chí, nhiều hơn ${n(d.params?.size)} tiêu chí của ${set}.`;
  },
  'below-stated-threshold': (d, n) => `${d.key}: ${d.params?.indicator ? `chỉ tiêu ${d.params.indicator} ` : ''}"${d.params?.name}" ghi ${n(d.actual)}${d.params?.percent ? '%' : ''}, chưa đạt ngưỡng ${d.expected}${d.params?.group ? ` của nhóm ${d.params.group}` : ''} nêu ở ô ${d.params?.source} ("${d.params?.sourceText}"), nhưng tiêu chí ${d.params?.criterion} được ghi là đạt (ô ${d.params?.mark}). Tiêu chí chỉ đạt khi chỉ tiêu của nó đạt ngưỡng.`,
  'shared-part': (d, n) => `Ô này ghi ${n(d.actual)}; hai tổng cộng nó vào (ô ${d.params?.totals}) đều lệch ${n(d.params?.by)} so với các phần của chúng. Nếu ô này là ${n(d.expected)} thì cả hai tổng đều đúng: nhiều khả năng sai ở đây, không phải ở hai ô tổng.`,
  'timeline-outside-year': (d) => `Thời gian "${d.actual}" nằm ngoài năm của kế hoạch (${d.expected}): nhiệm vụ của kế hoạch năm ${d.expected} phải xong trong năm ${d.expected}; ghi lại thời gian, hoặc chuyển nhiệm vụ sang kế hoạch năm sau.`,
};

const en: MessageMap = {
  'percent-mismatch': (d, n) => d.params?.formula ? relationEn(d, n) : `Share states ${n(d.actual)}% but ${n(d.params?.count)}/${n(d.params?.denominator)} = ${n(d.expected)}%.`,
  'total-mismatch': (d, n) => d.params?.formula ? relationEn(d, n) : `${subjectEn(d) ?? 'Total'} states ${n(d.actual)} but the data give ${n(d.expected)}${basisEn(d) ? ` (${basisEn(d)})` : ''}.`,
  'exceeds-total': (d, n) => `${subjectEn(d) ?? 'Count'} ${n(d.actual)} exceeds ${n(d.expected)}.`,
  'unknown-criterion': (d) => `"${d.key}" is not in the ${setName(String(d.params?.catalog), 'en')}.`,
  'missing-criterion': (d) => `Criterion ${d.key} of the ${setName(String(d.params?.catalog), 'en')} has no column.`,
  'invalid-status': (d) => `Mark "${d.actual}" is not valid (${d.params?.legend ? `the sheet's legend: "${d.params.legend}"` : 'x/đạt for met, KH/phấn đấu for planned this year, CBĐ for basically met, blank, 0 or CĐ for not met'}).`,
  'duplicate-commune': (d) => `Commune "${d.key}" appears again (first at ${d.params?.first}).`,
  'duplicate-lead': (d) => `${d.key} has two lead agencies: ${d.params?.agencies}.`,
  'conflicting-lead': (d) => `Indicator ${d.key} goes to ${d.params?.agency}, not to the lead of criterion ${d.params?.parent} (${d.params?.parentAgency}).`,
  'uncovered-criterion': (d) => `${upper(criterionName(String(d.key), 'en'))} (${d.params?.name}) of the ${setName(String(d.params?.catalog), 'en')} has no lead agency.`,
  'formula-error': (d) => `The cell holds the formula error ${d.actual}.`,
  'missing-value': (d) => `Missing ${subjectEn(d) ?? 'value'}.`,
  'unparsed-timeline': (d) => `Timeline "${d.actual}" could not be read; kept as written.`,
  'target-below-baseline': (d, n) => `${subjectEn(d) ?? 'Target'} ${n(d.actual)} is below the baseline ${n(d.expected)}.`,
  'goal-unreachable': (d) => `Commune "${d.key}" aims at recognition but criteria ${d.params?.criteria} are neither met nor planned this year.`,
  'invalid-catalog': (d) => `The criteria list is invalid: ${d.params?.problem}.`,
  'unchecked-set': (d) => `Criteria set "${d.key}" is not in the catalog; its codes are not checked.`,
  'relation-mismatch': (d, n) => relationEn(d, n),
  'table-read': (d) => `Read a ${FAMILY_EN[String(d.params?.family)] ?? d.params?.family} table: ${d.params?.rows} rows${d.params?.axis === 'unknown' ? '' : ` by ${d.params?.axis}`}${d.params?.orientation === 'cols' ? ' (turned sideways: units across the columns)' : ''}${d.params?.numbers ? ', with a column-number row' : ''}${d.params?.agencies ? ` × ${d.params.agencies} agencies (lead, partners)` : d.params?.family === 'self-assessment' ? '; each result compared with its required level and its verdict' : `; ${d.params?.relations} sums, differences and ratios within the table checked: ${d.params?.holding} agree`}${d.params?.guessed ? `; ${d.params.guessed} of them rest on a guess (unclear rows or column headers), so they are only warned about and never filled` : ''}${d.params?.bounds ? `; ${d.params.bounds} counts of a commune's criteria checked against the ${d.params.size} criteria of the ${setName(String(d.params.set), 'en')}` : ''}${d.params?.unchecked ? `; share column${String(d.params.unchecked).includes(',') ? 's' : ''} ${d.params.unchecked} not checked: the table does not say what ${String(d.params.unchecked).includes(',') ? 'they are shares' : 'it is a share'} of` : ''}.`,
  'sheet-read': (d) => sheetReadEn(d.params ?? {}),
  'missing-lead': (d) => `${upper(criterionName(String(d.key), 'en'))} has no lead agency${d.params?.partners ? ` (only partners: ${d.params.partners})` : ''}.`,
  'no-advanced-set': (d) => `"${d.params?.text}" speaks of advanced new rural standards, but ${d.params?.year} has no advanced set (2026–2030 has only the attainment set; "modern" communes follow provincial criteria): checked against the ${setName(String(d.params?.catalog), 'en')}.`,
  'merged-commune-listed': (d) => `${d.key} was merged into ${d.params?.into} (cell ${d.params?.at}) yet still has its own row: since 7/2025 it no longer exists, and its figures would count twice.`,
  'mixed-criteria-sets': (d) => `${d.key}: this cell adds figures of ${d.params?.years} (${d.params?.formula}) — ${d.params?.from} counts under the 19-criterion set, ${d.params?.to} under the 10-criterion 2026–2030 set. Counts under two different sets cannot be added: count from 2026 on.`,
  'indicator-below-threshold': (d, n) => `${d.key}: indicator ${d.params?.indicator} (${d.params?.name}) is ${n(d.actual)}, short of the group ${d.params?.group} threshold (${d.expected}), yet criterion ${d.params?.criterion} is marked met (cell ${d.params?.mark}). A criterion is met only when all its indicators are.`,
  'indicators-met-marked-not': (d) => `${d.key}: all ${d.params?.indicators} indicators of criterion ${d.params?.criterion} meet the commune group's thresholds, yet the criterion is marked "${d.actual}" (not met). Check the mark or the indicator values.`,
  'invalid-group': (d) => `${d.key}: commune group "${d.actual}" does not exist — the 2026–2030 criteria put communes in groups 1, 2 and 3.`,
  'set-mismatch': (d) => `The table has ${d.params?.criteria} criterion columns (${setName(String(d.params?.shown), 'en')}) but its title says ${d.params?.year}, when the ${setName(String(d.params?.expected), 'en')} with ${d.params?.expectedCriteria} criteria applies: checked against the set the table shows. For a ${d.params?.year} plan, use the template of the ${setName(String(d.params?.expected), 'en')} (Templates, year ${d.params?.year}).`,
  'empty-workbook': (d) => `The workbook has no cell with content${d.params?.sheets ? ` (${d.params.sheets} sheets, all empty)` : ' (no sheet at all)'}: nothing was checked. Check the file you chose.`,
  'no-table': () => 'No table recognised (targets, assignment, funding, tasks, responsibility): nothing to check. See the table layouts in the README, or insert a template.',
  'unsure-relation': (d, n) => `Possibly wrong (table read with low confidence: ${d.params?.guess === 'rows' ? 'what the rows are is unclear; the totals row was taken as their sum' : 'this column has no header that says what it holds'}): ${relationEn(d, n)}`,
  'unread-table': (d) => `Table ${d.params?.range}${d.params?.title ? ` ("${d.params.title}")` : ''} was not read: it holds ${d.params?.numbers} numbers but ${d.params?.reason === 'header' ? 'its column headers were not understood' : d.params?.reason === 'relations' ? 'no relation between them was found (totals, shares, year ends…)' : 'no header row was found above them'}, so they were NOT checked.`,
  'plan-communes-differ': (d, n) => `The text counts ${n(d.expected)} communes (${d.params?.how === 'rows' ? `the commune rows of sheet "${d.params?.usedSheet}", ${d.params?.usedRange}` : `cell ${d.params?.usedRange} of sheet "${d.params?.usedSheet}"`}) but cell ${d.cell} of sheet "${d.sheet}" says ${n(d.actual)}${d.params?.mergedCount ? `; ${d.params.mergedCount} commune(s) said to be merged into another still have their own row (${d.params?.merged})` : ''}. Check the number of communes before the plan is issued.`,
  'plan-year-unknown': () => 'No sheet title gives the plan year: the text leaves the year blank (……) for the drafter.',
  'plan-issuer-unknown': (d) => d.params?.level
    ? `No sheet title names the ${LEVEL_EN[String(d.params.level)]}: the text leaves the issuing body and the place blank (……) for the drafter.`
    : 'No sheet title names the issuing body (province, district or commune people\'s committee): the text leaves it blank (……) for the drafter.',
  'range-not-read': (d, n) => d.params?.reason === 'far'
    ? `Range ${d.params?.range} (${n(d.params?.cells)} cells with data) was not read: it lies far from the sheet's tables, and reading the gap between would exceed ${n(d.params?.limit)} cells. If it is a stray value, delete it and check again; if it is a table, move it to a sheet of its own.`
    : `This sheet was not read (range ${d.params?.range}, ${n(d.params?.cells)} cells): over ${n(d.params?.limit)} cells, more than the add-in reads inside Excel. Use the "ntm-plan check" command on the file, or move the large data to another workbook.`,
  'unclear-role': (d) => `${d.key}: the cell says "${d.params?.mark}" under ${d.params?.agency}, neither lead nor partner as far as the table says (no legend defines this mark). Write "CT"/"PH", or add a legend such as "CT: chủ trì; PH: phối hợp".`,
  'criterion-met-indicator-not': (d) => `${d.params?.criterion} (${d.params?.name}) is assessed "${d.params?.verdict}" but its indicator ${d.params?.indicator} is "${d.params?.indicatorVerdict}" (cell ${d.params?.indicatorCell}): a criterion is met only when all its indicators are.`,
  'criteria-met-count': (d) => `"${d.key}" states ${d.params?.stated} criteria met but the table assesses ${d.params?.counted} of ${d.params?.criteria} criteria as met. Write ${d.params?.counted}.`,
  'met-below-threshold': (d) => `${d.key}: assessed "${d.params?.verdict}" but the result ${d.params?.reached} (cell ${d.params?.reachedCell}) misses the required level ${d.params?.required} (cell ${d.params?.requiredCell}).`,
  'not-met-above-threshold': (d) => `${d.key}: the result ${d.params?.reached} (cell ${d.params?.reachedCell}) reaches the required level ${d.params?.required} (cell ${d.params?.requiredCell}) yet is assessed "${d.params?.verdict}". Check it.`,
  'part-exceeds-whole': (d, n) => `${d.key}: a part ("Trong đó") of "${d.params?.whole}" (cell ${d.params?.wholeCell}) yet states ${n(d.actual)}, more than that row's ${n(d.expected)} (${d.params?.formula}). A part never exceeds the row it belongs to.`,
  'commune-unnamed': (d) => `Table ${d.params?.range} assesses one commune's criteria, but neither its title, its column header, the sheet's name nor the file's says which commune: write "UBND xã …" or "Xã …" in its title, or a consolidation cannot take it.`,
  'status-blank': (d) => `${d.key}: no assessment (the cell is blank): write "Đạt", "Cơ bản đạt" or "Chưa đạt". Until then it counts as not assessed.`,
  'outside-set': (d, n) => {
    const set = setName(String(d.params?.set), 'en');
    if (d.params?.what === 'indicators') return d.params?.below ? `${d.key}: "${d.params?.column}" states ${n(d.actual)}: a number of indicators met cannot be negative.` : `${d.key}: "${d.params?.column}" states ${n(d.actual)} indicators met, more than the ${n(d.params?.size)} indicators its column header gives this criterion.`;
    if (d.params?.below) return `${d.key}: "${d.params?.column}" states ${n(d.actual)}: a number of criteria cannot be negative (the ${set} has ${n(d.params?.size)}).`;
    return d.params?.what === 'average'
      ? `${d.key}: an average of ${n(d.actual)} criteria per commune ("${d.params?.column}") exceeds the ${n(d.params?.size)} criteria of the ${set}.`
      : `${d.key}: "${d.params?.column}" states ${n(d.actual)} criteria, more than the ${n(d.params?.size)} of the ${set}.`;
  },
  'below-stated-threshold': (d, n) => `${d.key}: ${d.params?.indicator ? `indicator ${d.params.indicator} ` : ''}"${d.params?.name}" is ${n(d.actual)}${d.params?.percent ? '%' : ''}, short of the threshold ${d.expected}${d.params?.group ? ` for group ${d.params.group}` : ''} stated in cell ${d.params?.source} ("${d.params?.sourceText}"), yet criterion ${d.params?.criterion} is marked met (cell ${d.params?.mark}). A criterion is met only when its indicators reach their thresholds.`,
  'shared-part': (d, n) => `This cell states ${n(d.actual)}; the two totals that add it up (cells ${d.params?.totals}) are both off their parts by ${n(d.params?.by)}. Were this cell ${n(d.expected)}, both totals would be right: the fault is most likely here, not in the two totals.`,
  'timeline-outside-year': (d) => `Timeline "${d.actual}" falls outside the plan's year (${d.expected}): a task of the ${d.expected} plan is due within ${d.expected}; correct the time, or move the task to the next year's plan.`,
};

const MESSAGES: Record<Lang, MessageMap> = { vi, en };

/** The message of a finding in a language. */
export function messageFor(draft: FindingDraft, lang: Lang): string {
  const n = (value: unknown) => (typeof value === 'number' ? formatNumber(value, lang, 3) : String(value ?? ''));
  return MESSAGES[lang][draft.code](draft, n);
}
