/**
 * A recording stand-in for an Excel request context, for host code that writes: every queued
 * operation is logged and becomes visible only at `sync()`, which the tests count.
 */
export type Operation = { op: string; sheet?: string; address?: string; value?: unknown };

type Protection = { protected: boolean };

export function fakeExcel(options: { protectedSheets?: string[]; notes?: Record<string, string> } = {}) {
  const pending: Operation[] = [];
  const applied: Operation[] = [];
  const record = (op: Operation) => pending.push(op);
  const rangeProxy = (sheet: string, address: string) => {
    const format = {
      fill: { set color(value: string) { record({ op: 'fill', sheet, address, value }); } },
      font: { set bold(value: boolean) { record({ op: 'bold', sheet, address, value }); } },
      set wrapText(value: boolean) { record({ op: 'wrap', sheet, address, value }); },
      borders: { getItem: (edge: string) => ({ set style(value: string) { record({ op: `border:${edge}`, sheet, address, value }); } }) },
    };
    return {
      set formulas(value: unknown) { record({ op: 'formulas', sheet, address, value }); },
      set values(value: unknown) { record({ op: 'values', sheet, address, value }); },
      set numberFormat(value: unknown) { record({ op: 'numberFormat', sheet, address, value }); },
      format,
      merge: () => record({ op: 'merge', sheet, address }),
    };
  };
  const context = {
    syncs: 0,
    pending,
    applied,
    workbook: {
      worksheets: {
        getItem: (sheet: string) => ({
          protection: { load: () => undefined, get protected() { return (options.protectedSheets ?? []).includes(sheet); } } as Protection & { load(): void },
          getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => rangeProxy(sheet, `R${row}C${col}:${rows}x${cols}`),
          getRange: (address: string) => rangeProxy(sheet, address),
        }),
      },
      notes: {
        add: (address: string, value: string) => record({ op: 'note', address, value }),
        getItemOrNullObject: (address: string) => {
          const content = options.notes?.[address];
          return {
            load: () => undefined,
            isNullObject: content === undefined,
            get content() { return content; },
            set content(value: string | undefined) { record({ op: 'note-content', address, value }); },
          };
        },
      },
      comments: { add: (address: string, value: string) => record({ op: 'comment', address, value }) },
    },
    application: { suspendApiCalculationUntilNextSync: () => record({ op: 'suspend' }) },
    async sync() {
      context.syncs++;
      applied.push(...pending.splice(0));
    },
  };
  return context;
}
