import type { Lang } from '../domain/findings/codes';
import { COMMANDS, type CommandSpec } from './commands';
import { wrap } from './wrap';

const WORDS = {
  vi: {
    title: 'ntm-plan — kiểm tra, điền và lập phụ lục kế hoạch xây dựng nông thôn mới trong sổ làm việc Excel',
    usage: 'Cách dùng', commands: 'Các lệnh', options: 'Tùy chọn', examples: 'Ví dụ', more: 'Trợ giúp của một lệnh: ntm-plan help <lệnh> (hoặc ntm-plan <lệnh> --help). Tiếng Anh: thêm --lang en.',
    option: 'tùy chọn', required: '(bắt buộc)',
  },
  en: {
    title: 'ntm-plan — check, fill and build the appendix of New Rural Development plans in Excel workbooks',
    usage: 'Usage', commands: 'Commands', options: 'Options', examples: 'Examples', more: 'Help on a command: ntm-plan help <command> (or ntm-plan <command> --help). In Vietnamese: --lang vi.',
    option: 'options', required: '(required)',
  },
} as const;

/** Two columns: the names and what they mean, the meanings wrapped by the caller under their column. */
function columns(rows: [string, string][], lineWidth: number): string[] {
  const width = Math.min(28, Math.max(...rows.map(([left]) => left.length)) + 2);
  return rows.map(([left, right]) => (left.length >= width
    // A long name on its own line, its meaning under the column.
    ? `  ${left}\n${wrap(`${' '.repeat(width + 2)}${right}`, lineWidth)}`
    : wrap(`  ${left.padEnd(width)}${right}`, lineWidth, () => width + 2)));
}

/** The general help: what the tool is, its commands, where to read more. */
export function generalHelp(lang: Lang, width = 80): string {
  const w = WORDS[lang];
  return [
    wrap(w.title, width), '',
    `${w.usage}: ntm-plan <${lang === 'vi' ? 'lệnh' : 'command'}> [${w.option}]`, '',
    `${w.commands}:`,
    ...columns(COMMANDS.map((c) => [c.name, c.summary[lang]]), width),
    ...columns([[lang === 'vi' ? 'help [lệnh]' : 'help [command]', lang === 'vi' ? 'in trợ giúp này, hoặc của một lệnh' : 'print this help, or a command\'s']], width),
    '', wrap(w.more, width),
  ].join('\n');
}

/** A command's help: usage, what it does, every option, examples. */
export function commandHelp(command: CommandSpec, lang: Lang, width = 80): string {
  const w = WORDS[lang];
  const options = command.options.map((o): [string, string] => {
    const names = `${o.short ? `-${o.short}, ` : ''}--${o.name}${o.value ? ` ${o.value[lang]}` : ''}`;
    return [names, `${o[lang]}${o.required ? ` ${w.required}` : ''}`];
  });
  const required = command.options.filter((o) => o.required).map((o) => `${o.short ? `-${o.short}` : `--${o.name}`} ${o.value?.[lang] ?? ''}`.trim());
  return [
    wrap(`ntm-plan ${command.name} — ${command.summary[lang]}`, width), '',
    wrap(`${w.usage}: ntm-plan ${command.name}${command.args[lang] ? ` ${command.args[lang]}` : ''}${required.length ? ` ${required.join(' ')}` : ''} [${w.option}]`, width), '',
    wrap(command.description[lang], width), '',
    `${w.options}:`, ...columns(options, width), '',
    `${w.examples}:`, ...command.examples.map((e) => `  ${e}`),
  ].join('\n');
}
