import type { Lang } from '../domain/findings/codes';

/** An option of a command: its name, its value's placeholder (none for a switch), what it does. */
export type OptionSpec = { name: string; short?: string; value?: { vi: string; en: string }; vi: string; en: string; required?: true };

/** A command as its help shows it, and what its arguments must be. */
export type CommandSpec = {
  name: string;
  args: { vi: string; en: string };
  positionals: { min: number; max: number };
  summary: { vi: string; en: string };
  description: { vi: string; en: string };
  options: OptionSpec[];
  examples: string[];
};

const workbook = { vi: '<sổ làm việc>', en: '<workbook>' };
const json: OptionSpec = { name: 'json', vi: 'in kết quả dạng JSON (cho chương trình khác đọc)', en: 'print the result as JSON (for other programs)' };
const lang: OptionSpec = { name: 'lang', value: { vi: 'vi|en', en: 'vi|en' }, vi: 'ngôn ngữ của kết quả và thông báo (mặc định: vi)', en: 'language of the output and messages (default: vi)' };
const help: OptionSpec = { name: 'help', short: 'h', vi: 'in trợ giúp của lệnh này', en: 'print this command\'s help' };
const catalog: OptionSpec = { name: 'catalog', value: { vi: '<mã>', en: '<id>' }, vi: 'dùng bộ tiêu chí này thay vì bộ chọn theo năm (mã: xem "ntm-plan catalogs")', en: 'use this criteria set instead of the one the years choose (ids: see "ntm-plan catalogs")' };
const catalogFile: OptionSpec = { name: 'catalog-file', value: { vi: '<tệp.json>', en: '<file.json>' }, vi: 'dùng bộ tiêu chí trong tệp JSON này (chỉ tiêu, ngưỡng theo nhóm xã)', en: 'use the criteria set in this JSON file (indicators, thresholds per commune group)' };
const communes: OptionSpec = { name: 'communes', value: { vi: '<N>', en: '<N>' }, vi: 'tổng số xã, khi trang chỉ tiêu không ghi ("Tổng số xã: N")', en: 'number of communes, where the targets sheet does not state it ("Tổng số xã: N")' };
const output = (vi: string, en: string): OptionSpec => ({ name: 'output', short: 'o', value: { vi: '<tệp>', en: '<file>' }, vi, en, required: true });
const formats = {
  vi: 'Sổ làm việc: .xlsx, .xls (Excel 97–2003), .ods (LibreOffice) hoặc .csv, nhận ra theo nội dung; kết quả luôn ghi .xlsx. Tệp gốc không bao giờ bị ghi đè.',
  en: 'Workbook: .xlsx, .xls (Excel 97–2003), .ods (LibreOffice) or .csv, told by its content; results are always written as .xlsx. The input file is never overwritten.',
};

export const COMMANDS: CommandSpec[] = [
  {
    name: 'check',
    args: workbook,
    positionals: { min: 1, max: 1 },
    summary: { vi: 'kiểm tra một sổ làm việc: tỷ lệ, tổng số, ký hiệu; chỉ ra trang và ô sai', en: 'check a workbook: shares, totals, marks; points at the sheet and cell' },
    description: {
      vi: `Đọc mọi trang, nhận ra các bảng (chỉ tiêu theo tiêu chí, giao chỉ tiêu theo xã, nguồn vốn, nhiệm vụ, phân công), chọn bộ tiêu chí theo năm của kế hoạch, rồi kiểm tra từng tỷ lệ, tổng số và ký hiệu, cùng số học của chính bảng. Mỗi lỗi chỉ ra trang, ô, số đã ghi và số tính được. ${formats.vi} Mã thoát: 0 không có lỗi (có thể có cảnh báo); 1 có lỗi, hoặc sổ làm việc trống; 2 không đọc được tệp hoặc dùng sai lệnh.`,
      en: `Reads every sheet, recognises its tables (targets by criterion, targets by commune, funding, tasks, responsibilities), chooses the criteria set by the plan's year, then checks every share, total and mark and the tables' own arithmetic. Each error gives its sheet, cell, the number stated and the number computed. ${formats.en} Exit code: 0 no errors (warnings allowed); 1 errors, or an empty workbook; 2 the file cannot be read or the command is wrong.`,
    },
    options: [json, catalog, catalogFile, communes, lang, help],
    examples: ['ntm-plan check samples/lang-son-2021.xlsx', 'ntm-plan check ke-hoach-2027.ods --lang en', 'ntm-plan check ke-hoach-2027.xlsx --json > ket-qua.json'],
  },
  {
    name: 'fill',
    args: workbook,
    positionals: { min: 1, max: 1 },
    summary: { vi: 'điền tỷ lệ, tổng số, bình quân, phân bố bằng công thức sống vào một bản sao', en: 'fill shares, totals, averages and distributions with live formulas, into a copy' },
    description: {
      vi: `Ghi các số suy ra được của kế hoạch thành công thức (cú pháp en-US, chạy được trong Excel ở mọi ngôn ngữ và trong LibreOffice) vào tệp -o. Ô người dùng đã nhập được giữ nguyên, trừ khi có --overwrite (giá trị cũ giữ trong ghi chú của ô). Trang có ký hiệu lạ hay lỗi công thức ở số liệu đầu vào thì không điền, và nói vì sao. ${formats.vi}`,
      en: `Writes the plan's derived numbers as formulas (en-US syntax, working in Excel under any language and in LibreOffice) into the -o file. Cells a person typed are kept unless --overwrite (the old value kept in the cell's note). A sheet with unknown marks or formula errors in its inputs is not filled, and the reasons are given. ${formats.en}`,
    },
    options: [output('tệp kết quả (.xlsx), khác tệp đầu vào', 'output file (.xlsx), not the input'), { name: 'overwrite', vi: 'thay cả các ô đã nhập (giá trị cũ giữ trong ghi chú của ô)', en: 'replace typed cells too (their old values kept in the cells\' notes)' }, json, catalog, catalogFile, communes, lang, help],
    examples: ['ntm-plan fill samples/thach-an-2025.xlsx -o thach-an-da-dien.xlsx', 'ntm-plan fill ke-hoach.xlsx -o ke-hoach-da-dien.xlsx --overwrite'],
  },
  {
    name: 'appendix',
    args: workbook,
    positionals: { min: 1, max: 1 },
    summary: { vi: 'lập phụ lục "Nội dung công việc, tiến độ, trách nhiệm thực hiện" (.xlsx hoặc Word)', en: 'build the appendix of tasks, timeline and responsibilities (.xlsx or Word)' },
    description: {
      vi: 'Lập trang "Phụ lục" (TT | Nội dung công việc | Chỉ đạo | Cơ quan thực hiện | Cơ quan phối hợp | Thời gian) từ trang nhiệm vụ và bảng giao chỉ tiêu theo xã, đánh số lại mục I, II … và nhiệm vụ 1, 2 …; với -o …docx thì ghi thành văn bản Word (A4 ngang, Times New Roman 13). Có trang phân công thì thêm trang "Ma trận phụ trách".',
      en: 'Builds a sheet "Phụ lục" (TT | task | directing | implementing | coordinating | timeline) from the task sheet and the targets by commune, numbering sections I, II … and tasks 1, 2 … again; with -o …docx it writes a Word document (A4 landscape, Times New Roman 13). With a responsibility sheet it adds a "Ma trận phụ trách" sheet.',
    },
    options: [
      output('tệp kết quả: .xlsx (bản sao có trang phụ lục) hoặc .docx', 'output file: .xlsx (a copy with the appendix sheet) or .docx'), json,
      { name: 'plan-number', value: { vi: '<số>', en: '<number>' }, vi: 'số của kế hoạch ("46" → "Kế hoạch số 46/KH-UBND")', en: 'the plan\'s number ("46" → "Kế hoạch số 46/KH-UBND")' },
      { name: 'plan-date', value: { vi: '<ngày>', en: '<date>' }, vi: 'ngày ban hành kế hoạch', en: 'the plan\'s date' },
      { name: 'directing', value: { vi: '<cơ quan>', en: '<agency>' }, vi: 'cơ quan chỉ đạo ở các dòng giao chỉ tiêu (mặc định: BCĐ của cấp tiêu đề ghi; không ghi thì "BCĐ tỉnh" từ 2026, "BCĐ huyện" trước đó)', en: 'the directing body of the target rows (default: the steering committee of the level the titles name; else "BCĐ tỉnh" from 2026, "BCĐ huyện" before)' },
      { name: 'deadline', value: { vi: '<thời hạn>', en: '<deadline>' }, vi: 'thời hạn ở các dòng giao chỉ tiêu (mặc định "Năm <năm kế hoạch>")', en: 'the deadline of the target rows (default "Năm <plan year>")' },
      { name: 'expand-abbreviations', vi: 'viết đầy đủ tên cơ quan (BCĐ → Ban Chỉ đạo, UBND → Ủy ban nhân dân …)', en: 'spell out agency names (BCĐ → Ban Chỉ đạo, UBND → Ủy ban nhân dân …)' },
      catalog, catalogFile, communes, lang, help,
    ],
    examples: ['ntm-plan appendix samples/thach-an-2025.xlsx -o phu-luc.xlsx --plan-number 15 --plan-date 20/01/2025', 'ntm-plan appendix samples/lang-son-2019.xlsx -o phu-luc.docx'],
  },
  {
    name: 'check-text',
    args: { vi: '<văn bản .txt|.docx>', en: '<text .txt|.docx>' },
    positionals: { min: 1, max: 1 },
    summary: { vi: 'kiểm tra các con số trong văn bản kế hoạch (tỷ lệ, tổng, số xã, ngày …)', en: 'check the figures of a plan\'s text (shares, totals, communes, dates …)' },
    description: {
      vi: 'Đọc văn bản kế hoạch (.docx hoặc văn bản thường, UTF-8, UTF-16, Windows-1258) và kiểm tra các con số chép từ bảng: "X/Y xã, chiếm Z%", tổng và các khoản, "từ A lên B", số xã và danh sách xã, ngày của văn bản được viện dẫn, chỗ còn để trống. Mỗi lỗi có dòng, câu trích và cách viết đúng. Với --workbook, đối chiếu thêm với số liệu của sổ làm việc.',
      en: 'Reads the plan\'s text (.docx or plain text, UTF-8, UTF-16, Windows-1258) and checks the figures copied from the tables: "X/Y communes, Z%", totals and their items, "from A to B", counts and lists of communes, dates of documents cited, blanks left to fill. Each error gives its line, the sentence and the corrected wording. With --workbook, also against the workbook\'s figures.',
    },
    options: [json, { name: 'workbook', value: workbook, vi: 'đối chiếu văn bản với số liệu của sổ làm việc này', en: 'compare the text with this workbook\'s figures' }, lang, help],
    examples: ['ntm-plan check-text ke-hoach-2027.docx', 'ntm-plan check-text van-ban.docx --workbook ke-hoach-2027.xlsx'],
  },
  {
    name: 'write-text',
    args: workbook,
    positionals: { min: 1, max: 1 },
    summary: { vi: 'viết các đoạn chỉ tiêu của văn bản kế hoạch từ các bảng', en: 'write the plan text\'s target paragraphs from the tables' },
    description: {
      vi: 'Viết các đoạn "- Tiêu chí số 6 – Cơ sở vật chất văn hóa: có thêm 14 xã đạt chuẩn, nâng tổng số … lên 81/181 xã, chiếm 44,8%.", phân bố xã theo số tiêu chí đạt, bình quân, tổng vốn và các nguồn, theo văn phong của kế hoạch. Không có -o thì in ra màn hình.',
      en: 'Writes the paragraphs "- Tiêu chí số 6 – …: có thêm 14 xã đạt chuẩn, …, chiếm 44,8%.", the communes by criteria met, the average, the funding total and its sources, in the plans\' style (in Vietnamese: it is the plan\'s text). Without -o it prints them.',
    },
    options: [{ name: 'output', short: 'o', value: { vi: '<tệp .txt|.docx>', en: '<file .txt|.docx>' }, vi: 'ghi vào tệp văn bản hoặc Word', en: 'write into a text or Word file' }, lang, help],
    examples: ['ntm-plan write-text samples/lang-son-2021.xlsx', 'ntm-plan write-text ke-hoach-2027.xlsx -o van-ban.docx'],
  },
  {
    name: 'consolidate',
    args: { vi: '<tệp hoặc thư mục của xã…>', en: '<commune files or folders…>' },
    positionals: { min: 1, max: Infinity },
    summary: { vi: 'tổng hợp sổ làm việc của các xã thành bảng của tỉnh, kèm báo cáo', en: 'gather the communes\' workbooks into the province\'s tables, with a report' },
    description: {
      vi: 'Đọc từng tệp (thư mục thì tìm cả bên trong), lấy các dòng xã của bảng giao chỉ tiêu, ghi vào -o ba trang: "Tổng hợp giao chỉ tiêu" (công thức sống), "Tổng hợp theo nhóm xã" và "Báo cáo tổng hợp" (xã chưa gửi, xã trùng, tệp khác bộ tiêu chí hay năm, tệp không đọc được, lỗi của từng tệp). Chạy lại vào cùng tệp -o thì chỉ thay các dòng của tệp gửi lại. Mã thoát: 0 đủ cả; 1 có việc cần xử lý; 2 không đọc được tệp nào.',
      en: 'Reads each file (folders are searched), takes the commune rows of its targets table and writes three sheets into -o: "Tổng hợp giao chỉ tiêu" (live formulas), "Tổng hợp theo nhóm xã" and "Báo cáo tổng hợp" (communes missing or sent twice, files of another set or year, unreadable files, each file\'s errors). Run again into the same -o, only the rows of the files sent again are replaced. Exit code: 0 all gathered; 1 something to act on; 2 no file could be read.',
    },
    options: [
      output('tệp của tỉnh (.xlsx): mới, hoặc tệp đã tổng hợp trước', 'the province\'s file (.xlsx): new, or one consolidated before'),
      { name: 'communes-file', value: { vi: '<tệp>', en: '<file>' }, vi: 'danh sách xã dự kiến (tệp văn bản mỗi dòng một xã, hoặc biểu mẫu của tỉnh)', en: 'the communes expected (a text file, one per line, or the province\'s template)' },
      catalog, { name: 'year', value: { vi: '<năm>', en: '<year>' }, vi: 'năm kế hoạch, thay vì năm của đa số tệp', en: 'the plan year, instead of most files\' year' }, json, lang, help,
    ],
    examples: ['ntm-plan consolidate nhan-tu-xa/ -o tinh-2027.xlsx --communes-file danh-sach-xa.txt', 'ntm-plan consolidate nhan-tu-xa/le-lai.xlsx -o tinh-2027.xlsx'],
  },
  {
    name: 'template',
    args: { vi: '<loại>', en: '<kind>' },
    positionals: { min: 1, max: 1 },
    summary: { vi: 'tạo biểu mẫu trống có sẵn công thức (giao chỉ tiêu, chỉ tiêu, nguồn vốn …)', en: 'write blank templates with their formulas (targets by commune, targets, funding …)' },
    description: {
      vi: 'Loại: assignment (giao chỉ tiêu theo xã), targets (chỉ tiêu theo tiêu chí), funding (nguồn vốn), tasks (nhiệm vụ), responsibility (phân công phụ trách), catalog (danh mục tiêu chí, ngưỡng theo nhóm xã), plan (tất cả, liên kết với nhau). Ô nền vàng để nhập, ô nền xanh đã có công thức. Bộ tiêu chí theo --year (mặc định năm nay).',
      en: 'Kinds: assignment (targets by commune), targets (by criterion), funding, tasks, responsibility (who leads each criterion), catalog (criteria list, thresholds per commune group), plan (all of them, linked). Yellow cells to type into, green cells holding formulas. The criteria set follows --year (default: this year).',
    },
    options: [
      output('tệp kết quả (.xlsx)', 'output file (.xlsx)'), catalog,
      { name: 'communes', value: { vi: '"A; B; C"', en: '"A; B; C"' }, vi: 'các xã, cách nhau bằng ; hoặc , (mặc định: mười dòng "Xã 1" …)', en: 'the communes, separated by ; or , (default: ten rows "Xã 1" …)' },
      { name: 'communes-file', value: { vi: '<tệp>', en: '<file>' }, vi: 'các xã, mỗi dòng một xã', en: 'the communes, one per line' },
      { name: 'year', value: { vi: '<năm>', en: '<year>' }, vi: 'năm kế hoạch (chọn bộ tiêu chí)', en: 'the plan year (chooses the criteria set)' }, lang, help,
    ],
    examples: ['ntm-plan template plan -o ke-hoach-2027.xlsx --communes "Lê Lai; Đức Long; Đức Xuân" --year 2027', 'ntm-plan template assignment -o giao-chi-tieu.xlsx --communes-file xa.txt'],
  },
  {
    name: 'catalogs',
    args: { vi: '', en: '' },
    positionals: { min: 0, max: 0 },
    summary: { vi: 'liệt kê các bộ tiêu chí có sẵn và mã của chúng', en: 'list the criteria sets built in, with their ids' },
    description: {
      vi: 'Mỗi bộ: mã (dùng với --catalog), giai đoạn, số tiêu chí, số chỉ tiêu (một tiêu chí không chia chỉ tiêu con tính là một chỉ tiêu) và quyết định ban hành.',
      en: 'Each set: its id (for --catalog), period, number of criteria, number of indicators (a criterion not divided into sub-indicators counts as one) and the decision that issued it.',
    },
    options: [json, lang, help],
    examples: ['ntm-plan catalogs', 'ntm-plan catalogs --json'],
  },
];

export const commandNamed = (name: string) => COMMANDS.find((c) => c.name === name);

/**
 * The closest of some words to a word typed (edit distance at most a third of its length), for
 * "có phải ý bạn là …".
 *
 * @example
 * closest('chek', ['check', 'fill']) === 'check'; closest('xyz', ['check']) === undefined
 */
export function closest(word: string, words: readonly string[]): string | undefined {
  let best: { word: string; distance: number } | undefined;
  for (const candidate of words) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { word: candidate, distance };
  }
  return best && best.distance <= Math.max(1, Math.floor(word.length / 3)) ? best.word : undefined;
}

/** Edits from one word to another: a letter added, dropped, changed, or two swapped (as typos are). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

export type { Lang };
