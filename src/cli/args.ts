import { parseArgs } from 'node:util';

/** A wrong command line: reported in one line (in English too, with `--lang en`), exit 2. */
export class UsageError extends Error {
  constructor(message: string, readonly en?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type CommonArgs = {
  file: string;
  json: boolean;
  catalog?: string;
  catalogFile?: string;
  communes?: number;
  lang: 'vi' | 'en';
};

export type CheckArgs = CommonArgs;
export type FillArgs = CommonArgs & { output: string; overwrite: boolean };

const COMMON = {
  json: { type: 'boolean', default: false },
  catalog: { type: 'string' },
  'catalog-file': { type: 'string' },
  communes: { type: 'string' },
  lang: { type: 'string', default: 'vi' },
} as const;

function parse<O extends Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean }>>(argv: string[], options: O, usage: string) {
  try {
    const parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...COMMON, ...options } });
    if (parsed.positionals.length !== 1) throw new UsageError(`cần đúng một sổ làm việc: ${usage}`, `exactly one workbook is needed: ${usage}`);
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message.split('\n')[0], (error as Error).message.split('\n')[0]);
  }
}

function common(values: Record<string, unknown>, file: string): CommonArgs {
  const lang = values.lang;
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang nhận vi hoặc en, không nhận "${String(lang)}"`, `--lang takes vi or en, not "${String(lang)}"`);
  let communes: number | undefined;
  if (values.communes !== undefined) {
    communes = Number(values.communes);
    if (!Number.isInteger(communes) || communes <= 0) throw new UsageError(`--communes cần một số nguyên dương, không nhận "${String(values.communes)}"`, `--communes takes a positive whole number, not "${String(values.communes)}"`);
  }
  if (values.catalog && values['catalog-file']) throw new UsageError('chỉ dùng một trong --catalog và --catalog-file', 'use only one of --catalog and --catalog-file');
  return { file, json: Boolean(values.json), catalog: values.catalog as string | undefined, catalogFile: values['catalog-file'] as string | undefined, communes, lang };
}

/** The output of a writer: an .xlsx, whatever the input was (.ods is not written: its formulas and formats would not survive faithfully). */
function xlsxOutput(output: string): string {
  if (!/\.xlsx$/i.test(output)) throw new UsageError(`tệp kết quả phải là .xlsx (${output}): ntm-plan đọc được .ods, .xls và .csv nhưng chỉ ghi .xlsx; hãy đặt tên tệp kết quả đuôi .xlsx`, `the output must be an .xlsx (${output}): ntm-plan reads .ods, .xls and .csv but writes only .xlsx; name the output file .xlsx`);
  return output;
}

/** Reads `check <workbook.xlsx> [--json] [--catalog id] [--catalog-file f] [--communes N] [--lang vi|en]`. */
export function parseCheckArgs(argv: string[]): CheckArgs {
  const { values, positionals } = parse(argv, {}, 'ntm-plan check <workbook.xlsx>');
  return common(values, positionals[0]);
}

/** Reads `fill <in.xlsx> -o <out.xlsx> [--overwrite] [--json] …`. */
export function parseFillArgs(argv: string[]): FillArgs {
  const { values, positionals } = parse(argv, { output: { type: 'string', short: 'o' }, overwrite: { type: 'boolean', default: false } }, 'ntm-plan fill <in.xlsx> -o <out.xlsx>');
  if (!values.output) throw new UsageError('cần tệp kết quả: ntm-plan fill <sổ làm việc> -o <kết quả.xlsx>', 'an output file is needed: ntm-plan fill <workbook> -o <out.xlsx>');
  return { ...common(values, positionals[0]), output: xlsxOutput(values.output as string), overwrite: Boolean(values.overwrite) };
}

export type AppendixArgs = CommonArgs & {
  output: string;
  planNumber?: string;
  planDate?: string;
  directing?: string;
  deadline?: string;
  abbreviations: 'keep' | 'expand';
};

/** Reads `appendix <in.xlsx> -o <out.xlsx> [--json] [--plan-number …] [--plan-date …] [--directing …] [--deadline …] [--expand-abbreviations]`. */
export function parseAppendixArgs(argv: string[]): AppendixArgs {
  const { values, positionals } = parse(argv, {
    output: { type: 'string', short: 'o' },
    'plan-number': { type: 'string' },
    'plan-date': { type: 'string' },
    directing: { type: 'string' },
    deadline: { type: 'string' },
    'expand-abbreviations': { type: 'boolean', default: false },
  }, 'ntm-plan appendix <in.xlsx> -o <out.xlsx|phu-luc.docx>');
  if (!values.output) throw new UsageError('cần tệp kết quả: ntm-plan appendix <sổ làm việc> -o <kết quả.xlsx|phu-luc.docx>', 'an output file is needed: ntm-plan appendix <workbook> -o <out.xlsx|appendix.docx>');
  return {
    ...common(values, positionals[0]),
    // The appendix alone can go to Word: the table the plan's document carries.
    output: /\.docx$/i.test(values.output as string) ? (values.output as string) : xlsxOutput(values.output as string),
    planNumber: values['plan-number'] as string | undefined,
    planDate: values['plan-date'] as string | undefined,
    directing: values.directing as string | undefined,
    deadline: values.deadline as string | undefined,
    abbreviations: values['expand-abbreviations'] ? 'expand' : 'keep',
  };
}

export type TemplateArgs = {
  kind: string;
  output: string;
  catalog?: string;
  communes?: string;
  communesFile?: string;
  year?: number;
  lang: 'vi' | 'en';
};

/** Reads `template <kind> -o <out.xlsx> [--catalog id] [--communes "A;B;C" | --communes-file f] [--year 2026]`. */
export function parseTemplateArgs(argv: string[]): TemplateArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: {
      output: { type: 'string', short: 'o' }, catalog: { type: 'string' }, communes: { type: 'string' },
      'communes-file': { type: 'string' }, year: { type: 'string' }, lang: { type: 'string', default: 'vi' },
    } });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0], (error as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('cần đúng một loại biểu mẫu: ntm-plan template <assignment|targets|funding|tasks|responsibility|catalog|plan> -o <kết quả.xlsx>', 'exactly one kind of template is needed: ntm-plan template <assignment|targets|funding|tasks|responsibility|catalog|plan> -o <out.xlsx>');
  if (!values.output) throw new UsageError('cần tệp kết quả: ntm-plan template <loại> -o <kết quả.xlsx>', 'an output file is needed: ntm-plan template <kind> -o <out.xlsx>');
  if (values.communes && values['communes-file']) throw new UsageError('chỉ dùng một trong --communes và --communes-file', 'use only one of --communes and --communes-file');
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && (!Number.isInteger(year) || year < 2010 || year > 2100)) throw new UsageError(`--year cần một năm như 2026, không nhận "${values.year}"`, `--year takes a year such as 2026, not "${values.year}"`);
  const lang = values.lang === 'en' ? 'en' : 'vi';
  return { kind: positionals[0], output: values.output, catalog: values.catalog, communes: values.communes, communesFile: values['communes-file'], year, lang };
}

export type ConsolidateArgs = {
  inputs: string[];
  output: string;
  communesFile?: string;
  catalog?: string;
  year?: number;
  json: boolean;
  lang: 'vi' | 'en';
};

/** Reads `consolidate <files or folders…> -o <tinh.xlsx> [--communes-file list.txt] [--catalog id] [--year 2027] [--json] [--lang vi|en]`. */
export function parseConsolidateArgs(argv: string[]): ConsolidateArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: {
      output: { type: 'string', short: 'o' }, 'communes-file': { type: 'string' }, catalog: { type: 'string' },
      year: { type: 'string' }, json: { type: 'boolean', default: false }, lang: { type: 'string', default: 'vi' },
    } });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0], (error as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  const usage = 'ntm-plan consolidate <tệp hoặc thư mục…> -o <tinh.xlsx>';
  const usageEn = 'ntm-plan consolidate <files or folders…> -o <province.xlsx>';
  if (positionals.length === 0) throw new UsageError(`cần ít nhất một tệp hoặc thư mục của xã: ${usage}`, `at least one commune file or folder is needed: ${usageEn}`);
  if (!values.output) throw new UsageError(`cần tệp kết quả: ${usage}`, `an output file is needed: ${usageEn}`);
  const lang = values.lang;
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang nhận vi hoặc en, không nhận "${String(lang)}"`, `--lang takes vi or en, not "${String(lang)}"`);
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && (!Number.isInteger(year) || year < 2010 || year > 2100)) throw new UsageError(`--year cần một năm như 2027, không nhận "${values.year}"`, `--year takes a year such as 2027, not "${values.year}"`);
  return { inputs: positionals, output: xlsxOutput(values.output), communesFile: values['communes-file'], catalog: values.catalog, year, json: Boolean(values.json), lang };
}
