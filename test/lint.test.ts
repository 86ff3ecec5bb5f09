import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..');
const eslintBin = path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');

// ESLint loads its flat config with a dynamic import, which jest's VM refuses: run it as the CLI does.
async function messagesFor(code: string, file: string): Promise<string[]> {
  const run = spawnSync(process.execPath, [eslintBin, '--stdin', '--stdin-filename', file, '--format', 'json'], { cwd: root, input: code, encoding: 'utf8' });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('the domain core stays pure (ESLint)', () => {
  it.each([
    ["import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n", 'no-restricted-imports'],
    ["import { useState } from 'react';\nexport const x = useState;\n", 'no-restricted-imports'],
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'no-restricted-imports'],
    ['export const x = () => document.title;\n', 'no-restricted-globals'],
    ['export const x = () => Office.context;\n', 'no-restricted-globals'],
    ['export const x = () => process.env;\n', 'no-restricted-globals'],
  ])('refuses %j in src/domain', async (code, rule) => {
    expect(await messagesFor(code, 'src/domain/probe.ts')).toContain(rule);
  });

  it('allows the same import in a host', async () => {
    expect(await messagesFor("import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n", 'src/hosts/xlsx/probe.ts')).toEqual([]);
  });
});

// The direction the README's Architecture section states: nothing imports from a folder later on the road.
describe('the domain flows one way (ESLint)', () => {
  it.each([
    ['src/domain/table/probe.ts', "import { recognizeTargets } from '../recognize/targets';"],
    ['src/domain/recognize/probe.ts', "import type { Analysis } from '../analysis/types';"],
    ['src/domain/analysis/probe.ts', "import { relationsOf } from '../relations/forTable';"],
    ['src/domain/relations/probe.ts', "import { CHECKS } from '../checks/registry';"],
    ['src/domain/fill/probe.ts', "import { CHECKS } from '../checks/registry';"],
    ['src/domain/findings/probe.ts', "import { CHECKS } from '../checks/registry';"],
    ['src/domain/probe.ts', "import { CHECKS } from './checks/registry';"],
    ['src/domain/text/probe.ts', "import { Grid } from '../sheet/grid';"],
    ['src/domain/sheet/probe.ts', "import { readTables } from '../table/read';"],
    ['src/domain/catalog/probe.ts', "import type { SheetKind } from '../recognize/models';"],
    ['src/domain/tally/probe.ts', "import { communesFor } from '../analysis/communes';"],
  ])('refuses in %s: %s', async (file, line) => {
    expect(await messagesFor(`${line}\nexport const probe = 1;\n`, file)).toContain('no-restricted-imports');
  });

  it.each([
    ['src/domain/engine.ts', "import { CHECKS } from './checks/registry';\nexport const probe = CHECKS;\n"],
    ['src/domain/analysis/probe.ts', "import { familyOf } from '../recognize/table';\nexport const probe = familyOf;\n"],
    ['src/domain/catalog/probe.ts', "import { headerLabel } from '../table/header';\nexport const probe = headerLabel;\n"],
  ])('allows the road forward in %s', async (file, code) => {
    expect(await messagesFor(code, file)).toEqual([]);
  });
});

describe("Office.js code follows Microsoft's add-in rules (eslint-plugin-office-addins)", () => {
  it('refuses a sync in a loop and a read before its load in the Excel host', async () => {
    const loop = 'export async function f(context: Excel.RequestContext, names: string[]) {\n  for (const name of names) {\n    context.workbook.worksheets.getItem(name).load("name");\n    await context.sync();\n  }\n}\n';
    expect(await messagesFor(loop, 'src/hosts/excel/probe.ts')).toContain('office-addins/no-context-sync-in-loop');
    const unloaded = 'export async function f(context: Excel.RequestContext) {\n  const sheet = context.workbook.worksheets.getActiveWorksheet();\n  await context.sync();\n  return sheet.name;\n}\n';
    expect(await messagesFor(unloaded, 'src/hosts/excel/probe.ts')).toContain('office-addins/load-object-before-read');
  });
});
