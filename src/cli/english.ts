/**
 * The reasons a file cannot be read, as the readers give them (in Vietnamese), in English for
 * `--lang en`. A reason not listed here is shown as it is.
 */
/** What a file that is no workbook seems to be. */
const SEEMS: Record<string, string> = {
  'văn bản OpenDocument (.odt)': 'an OpenDocument text (.odt)', 'văn bản Word (.docx)': 'a Word document (.docx)', 'bản trình chiếu (.pptx)': 'a presentation (.pptx)',
  'văn bản Word 97–2003 (.doc)': 'a Word 97–2003 document (.doc)', 'tệp Office cũ không phải sổ làm việc': 'an old Office file that is no workbook',
  'tệp văn bản không phải bảng': 'a text file that is no table', 'tệp rỗng': 'an empty file', 'không phải sổ làm việc': 'not a workbook',
};

const REASONS: [RegExp, (...groups: string[]) => string][] = [
  [/^không có tệp này$/, () => 'no such file'],
  [/^là một thư mục$/, () => 'is a folder'],
  [/^không mở được \((.*)\)$/, (code) => `cannot be opened (${code})`],
  [/^không phải sổ làm việc \((.*)\); ntm-plan đọc tệp \.xlsx, \.xls, \.ods và \.csv$/, (seems) => `not a workbook (${SEEMS[seems] ?? seems}); ntm-plan reads .xlsx, .xls, .ods and .csv files`],
  [/^không đọc được tệp \.xlsx \((.*)\)$/, (why) => `cannot read the .xlsx file (${why})`],
  [/^sổ làm việc được bảo vệ bằng mật khẩu/, () => 'the workbook is protected by a password and cannot be read; open it in Excel (File → Info → Protect Workbook → Encrypt with Password: clear the password) or LibreOffice (File → Save As…, untick "Save with password") and save it again without a password'],
];

/** A reader's reason in English, where it is one of those known. */
export function reasonInEnglish(reason: string): string {
  for (const [pattern, words] of REASONS) {
    const match = pattern.exec(reason);
    if (match) return words(...match.slice(1));
  }
  return reason;
}

/** Lines some commands print in Vietnamese only (their own messages), in English for `--lang en`. */
const LINES: [RegExp, (...groups: string[]) => string][] = [
  [/^Đã ghi (.+): (\d+) đoạn\.$/, (file, n) => `Wrote ${file}: ${n} paragraphs.`],
  [/^ntm-plan: (.+): không có bảng chỉ tiêu, giao chỉ tiêu hay nguồn vốn nào để viết thành văn bản\.$/, (file) => `ntm-plan: ${file}: no targets, per-commune or funding table to write a text from.`],
  [/^ntm-plan: (.+): không có trang nhiệm vụ hay trang giao chỉ tiêu theo xã nào để lập phụ lục; không ghi tệp nào\.$/, (file) => `ntm-plan: ${file}: no task sheet or per-commune targets to build the appendix from; nothing written.`],
  [/^ntm-plan: cần đúng một tệp văn bản: (.*)$/, (usage) => `ntm-plan: exactly one text file is needed: ${usage}`],
  [/^ntm-plan: cần đúng một sổ tính: (.*)$/, (usage) => `ntm-plan: exactly one workbook is needed: ${usage}`],
  [/^ntm-plan: tệp kết quả phải là \.txt hoặc \.docx \((.*)\)$/, (file) => `ntm-plan: the output must be a .txt or .docx (${file})`],
  [/^ntm-plan: tệp kết quả \(-o\) phải khác tệp đầu vào: tệp gốc không bao giờ bị ghi đè$/, () => 'ntm-plan: the output file (-o) must not be the input: the input file is never overwritten'],
  [/^ntm-plan: (.+): là sổ tính, không phải văn bản kế hoạch; dùng "(.+)" cho sổ tính, hoặc "(.+)" để so văn bản với sổ tính$/, (file, check, workbook) => `ntm-plan: ${file}: is a workbook, not a plan's text; use "${check}" for a workbook, or "${workbook}" to compare a text with a workbook`],
  [/^ntm-plan: (.+): không đọc được văn bản \.docx \((.*)\)$/, (file, why) => `ntm-plan: ${file}: cannot read the .docx text (${why})`],
  [/^ntm-plan: (.+): không có tệp này$/, (file) => `ntm-plan: ${file}: no such file`],
  [/^ntm-plan: (.+): không mở được \((.*)\)$/, (file, why) => `ntm-plan: ${file}: cannot be opened (${why})`],
];

/** A line of output in English where it is one of those known; any other line as it is. */
export function englishMessage(text: string): string {
  return text.split('\n').map((line) => {
    for (const [pattern, words] of LINES) {
      const match = pattern.exec(line);
      if (match) return words(...match.slice(1));
    }
    return line;
  }).join('\n');
}
