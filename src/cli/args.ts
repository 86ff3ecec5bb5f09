import { parseArgs } from 'node:util';

/** A wrong command line: reported in one line, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type CheckArgs = {
  file: string;
  json: boolean;
  catalog?: string;
  catalogFile?: string;
  communes?: number;
  lang: 'vi' | 'en';
};

/** Reads `check <workbook.xlsx> [--json] [--catalog id] [--catalog-file f] [--communes N] [--lang vi|en]`. */
export function parseCheckArgs(argv: string[]): CheckArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        catalog: { type: 'string' },
        'catalog-file': { type: 'string' },
        communes: { type: 'string' },
        lang: { type: 'string', default: 'vi' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('cần đúng một tệp sổ tính: ntm-plan check <workbook.xlsx>');
  const lang = values.lang;
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang nhận vi hoặc en, không nhận "${lang}"`);
  let communes: number | undefined;
  if (values.communes !== undefined) {
    communes = Number(values.communes);
    if (!Number.isInteger(communes) || communes <= 0) throw new UsageError(`--communes cần một số nguyên dương, không nhận "${values.communes}"`);
  }
  if (values.catalog && values['catalog-file']) throw new UsageError('chỉ dùng một trong --catalog và --catalog-file');
  return { file: positionals[0], json: values.json ?? false, catalog: values.catalog, catalogFile: values['catalog-file'], communes, lang };
}
