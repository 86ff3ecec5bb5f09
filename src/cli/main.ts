import path from 'node:path';
import { BUILTIN_CATALOGS } from '../domain/catalog/builtin';
import { analyzeWorkbook, reportOf, runChecks } from '../domain/engine';
import { suggestAll } from '../domain/findings/suggest';
import type { Lang } from '../domain/findings/codes';
import type { WorkbookSnapshot } from '../domain/sheet/snapshot';
import { WorkbookReadError } from '../hosts/xlsx/readSnapshot';
import { openWorkbookBytes } from '../hosts/xlsx/open';
import { workbookBytes } from '../hosts/xlsx/files';
import { sniffFormat } from '../hosts/xlsx/formats';
import { fastSnapshot, FastReadUnsupported } from '../hosts/xlsx/fastSnapshot';
import { parseCheckArgs, UsageError } from './args';
import { catalogFromOptions } from './catalogOption';
import { formatReport, setName } from './printReport';
import { runFill } from './fill';
import { runAppendix } from './appendix';
import { runTemplate } from './template';
import { runConsolidate } from './consolidate';
import { runCheckText } from './checkText';
import { runWriteText } from './writeText';
import { COMMANDS, closest, commandNamed, type CommandSpec } from './commands';
import { commandHelp, generalHelp } from './help';
import { outputWidth, wrap } from './wrap';
import { NO_PROGRESS, terminalProgress, type Progress } from './progress';
import { englishMessage, reasonInEnglish } from './english';

/** Where a command writes: its result (stdout), its messages (stderr), where it is (a terminal's stderr). */
export type Output = { out: (text: string) => void; err: (text: string) => void; progress?: Progress; width?: number };

/** The language asked for (`--lang en`, `--lang=en`), Vietnamese otherwise: help and errors follow it too. */
function langOf(argv: readonly string[]): Lang {
  for (const [i, arg] of argv.entries()) {
    if (arg === '--lang' && argv[i + 1] === 'en') return 'en';
    if (arg === '--lang=en') return 'en';
  }
  return 'vi';
}

/** A workbook's cells for `check`: an .xlsx straight from its XML (quick), anything else through ExcelJS and SheetJS. */
async function readForCheck(file: string, progress: Progress): Promise<WorkbookSnapshot> {
  const view = await workbookBytes(file);
  const name = path.basename(file);
  if (sniffFormat(view).format === 'xlsx') {
    try {
      return await fastSnapshot(view, name, { onProgress: (done, total) => progress.step('read', done, total) });
    } catch (error) {
      if (!(error instanceof FastReadUnsupported)) throw error;
    }
  }
  progress.step('open');
  return (await openWorkbookBytes(view, file, name)).snapshot;
}

async function runCheck(argv: string[], io: Output): Promise<number> {
  const args = parseCheckArgs(argv);
  const progress = io.progress ?? NO_PROGRESS;
  const catalog = await catalogFromOptions(args);
  progress.step('read');
  const snapshot = await readForCheck(args.file, progress);
  progress.step('analyse');
  const options = { catalog, communes: args.communes };
  const analysis = analyzeWorkbook(snapshot, options);
  progress.step('check');
  const drafts = runChecks(analysis, options);
  const report = reportOf(analysis, drafts, snapshot.name, args.lang);
  if (args.json) io.out(JSON.stringify(report, null, 2));
  else io.out(formatReport(report, args.lang, io.width, suggestAll(snapshot, analysis, drafts)));
  // A workbook with nothing in it was not checked: never exit 0 as if it were clean.
  return report.stats.errors > 0 || report.issues.some((issue) => issue.code === 'empty-workbook' || issue.code === 'no-table') ? 1 : 0;
}

/** Indicators of a set as the decisions count them: a criterion not divided into numbered ones is one. */
const indicatorCount = (c: (typeof BUILTIN_CATALOGS)[number]) => c.criteria.reduce((n, k) => n + Math.max(1, k.indicators.length), 0);

function runCatalogs(argv: string[], io: Output, lang: Lang): number {
  const rows = BUILTIN_CATALOGS.map((c) => ({
    id: c.id, title: c.title, decision: c.decision, period: `${c.period.from}-${c.period.to}`,
    criteria: c.criteria.length, indicators: indicatorCount(c), numberedIndicators: c.criteria.reduce((n, k) => n + k.indicators.length, 0), indicatorsComplete: c.indicatorsComplete,
  }));
  if (argv.includes('--json')) {
    io.out(JSON.stringify(rows, null, 2));
    return 0;
  }
  const vi = lang === 'vi';
  const lines = BUILTIN_CATALOGS.map((c, i) => {
    const r = rows[i];
    const indicators = r.numberedIndicators === 0
      ? (vi ? 'chỉ tiêu do người dùng bổ sung' : 'indicators supplied by the user')
      : c.indicatorsComplete ? (vi ? `${r.indicators} chỉ tiêu` : `${r.indicators} indicators`) : (vi ? `${r.indicators} chỉ tiêu có sẵn (danh mục chưa đủ)` : `${r.indicators} indicators built in (the list is not complete)`);
    return wrap(`${r.id.padEnd(26)} ${setName(c.id, c.title, lang)}: ${r.criteria} ${vi ? 'tiêu chí' : 'criteria'}, ${indicators}; ${c.decision}`, io.width ?? 80, () => 27);
  });
  const note = vi
    ? 'Mã dùng với --catalog. Một tiêu chí không chia chỉ tiêu con tính là một chỉ tiêu, như các quyết định đếm.'
    : 'Ids are for --catalog. A criterion not divided into numbered indicators counts as one, as the decisions count.';
  io.out([...lines, '', note].join('\n'));
  return 0;
}

function unknownCommand(command: string): UsageError {
  const names = COMMANDS.map((c) => c.name);
  const hint = closest(command, [...names, 'help']);
  return new UsageError(
    `không có lệnh "${command}"${hint ? `; có phải ý bạn là "${hint}"?` : '.'} Các lệnh: ${names.join(', ')} (xem "ntm-plan help")`,
    `there is no command "${command}"${hint ? `; did you mean "${hint}"?` : '.'} The commands: ${names.join(', ')} (see "ntm-plan help")`,
  );
}

/**
 * Checks a command's arguments against what it takes, before it runs: an option it does not know
 * (with the nearest it does), an option missing its value, too few or too many files, a required
 * option left out — each said in one line, in the language asked for.
 */
export function validate(spec: CommandSpec, argv: readonly string[]): void {
  const positionals: string[] = [];
  const given = new Set<string>();
  const names = spec.options.map((o) => `--${o.name}`);
  const help = `ntm-plan ${spec.name} --help`;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-' || /^-\d/.test(arg)) {
      positionals.push(arg);
      continue;
    }
    const [flag, inline] = arg.startsWith('--') ? [arg.slice(2).split('=')[0], arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : undefined] : [arg.slice(1), undefined];
    const option = arg.startsWith('--') ? spec.options.find((o) => o.name === flag) : spec.options.find((o) => o.short === flag);
    if (!option) {
      const hint = closest(`--${flag}`, names);
      throw new UsageError(
        `lệnh ${spec.name} không có tùy chọn ${arg.split('=')[0]}${hint ? `; có phải ý bạn là ${hint}?` : ''} (xem "${help}")`,
        `the ${spec.name} command has no option ${arg.split('=')[0]}${hint ? `; did you mean ${hint}?` : ''} (see "${help}")`,
      );
    }
    given.add(option.name);
    if (!option.value) {
      if (inline !== undefined) throw new UsageError(`tùy chọn --${option.name} không nhận giá trị`, `the option --${option.name} takes no value`);
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (inline === undefined) i++;
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`tùy chọn --${option.name} cần một giá trị ${option.value.vi} (xem "${help}")`, `the option --${option.name} needs a value ${option.value.en} (see "${help}")`);
    }
    if (option.name === 'lang' && value !== 'vi' && value !== 'en') throw new UsageError(`--lang nhận vi hoặc en, không nhận "${value}"`, `--lang takes vi or en, not "${value}"`);
  }
  const usage = { vi: `ntm-plan ${spec.name} ${spec.args.vi}`.trim(), en: `ntm-plan ${spec.name} ${spec.args.en}`.trim() };
  if (positionals.length < spec.positionals.min) throw new UsageError(`thiếu ${spec.args.vi}: ${usage.vi} (xem "${help}")`, `missing ${spec.args.en}: ${usage.en} (see "${help}")`);
  if (positionals.length > spec.positionals.max) {
    throw new UsageError(`thừa "${positionals[spec.positionals.max]}": ${usage.vi} nhận ${spec.positionals.max === 0 ? 'không tệp nào' : `${spec.positionals.max} ${spec.args.vi}`} (xem "${help}")`, `"${positionals[spec.positionals.max]}" is one too many: ${usage.en} takes ${spec.positionals.max === 0 ? 'no file' : `${spec.positionals.max} ${spec.args.en}`} (see "${help}")`);
  }
  for (const option of spec.options.filter((o) => o.required && !given.has(o.name))) {
    const flag = option.short ? `-${option.short}` : `--${option.name}`;
    throw new UsageError(`cần ${flag} ${option.value?.vi ?? ''}: ${option.vi} (xem "${help}")`, `${flag} ${option.value?.en ?? ''} is needed: ${option.en} (see "${help}")`);
  }
}

/** The arguments without `--lang` and its value (for commands that read no language of their own). */
const withoutLang = (argv: readonly string[]) => argv.filter((arg, i) => arg !== '--lang' && argv[i - 1] !== '--lang' && !arg.startsWith('--lang='));

const defaultOutput = (): Output => ({
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  width: outputWidth(process.stdout),
});

/**
 * The command line: returns the exit code; never lets an exception out as a stack trace. Its words
 * follow `--lang` (help and errors included), its text is wrapped to the terminal (80 columns when
 * not one), and a terminal's stderr shows where a long command is.
 */
export async function main(argv: string[], given: Output = defaultOutput()): Promise<number> {
  const lang = langOf(argv);
  const width = given.width ?? 80;
  const [command, ...rest] = argv;
  const json = rest.includes('--json');
  const progress = given.progress ?? NO_PROGRESS;
  // The other commands' own words, where they have no English yet, are put into English here.
  const words = (text: string) => (lang === 'en' ? englishMessage(text) : text);
  const raw = command === 'write-text' && !rest.includes('-o') && !rest.some((a) => a.startsWith('--output'));
  const io: Output = {
    out: (text) => { progress.clear(); given.out(json || raw ? text : wrap(words(text), width)); },
    err: (text) => { progress.clear(); given.err(wrap(words(text), width)); },
    progress,
    width,
  };
  try {
    if (command === undefined) {
      io.out(generalHelp(lang, width));
      return 2;
    }
    if (command === 'help' || command === '--help' || command === '-h') {
      const about = withoutLang(rest).find((arg) => !arg.startsWith('-'));
      const spec = about === undefined ? undefined : commandNamed(about);
      if (about !== undefined && !spec) throw unknownCommand(about);
      io.out(spec ? commandHelp(spec, lang, width) : generalHelp(lang, width));
      return 0;
    }
    const spec = commandNamed(command);
    if (!spec) throw unknownCommand(command);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(commandHelp(spec, lang, width));
      return 0;
    }
    validate(spec, rest);
    switch (spec.name) {
      case 'check': return await runCheck(rest, io);
      case 'fill': return await runFill(rest, io);
      case 'appendix': return await runAppendix(rest, io);
      case 'template': return await runTemplate(rest, io);
      case 'consolidate': return await runConsolidate(rest, io);
      case 'check-text': return await runCheckText(rest, io);
      case 'write-text': return await runWriteText(withoutLang(rest), io);
      default: return runCatalogs(rest, io, lang);
    }
  } catch (error) {
    progress.clear();
    if (error instanceof UsageError) {
      io.err(`ntm-plan: ${lang === 'en' && error.en ? error.en : error.message}`);
      return 2;
    }
    if (error instanceof WorkbookReadError) {
      io.err(`ntm-plan: ${lang === 'en' ? `${error.file}: ${reasonInEnglish(error.reason)}` : error.message}`);
      return 2;
    }
    io.err(`ntm-plan: ${lang === 'en' ? 'unexpected error' : 'lỗi không mong đợi'}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

/** The command line as `bin/ntm-plan.js` runs it: a terminal gets progress on stderr. */
export function cli(argv: string[]): Promise<number> {
  const output = defaultOutput();
  return main(argv, { ...output, progress: terminalProgress(process.stderr, langOf(argv)) });
}
