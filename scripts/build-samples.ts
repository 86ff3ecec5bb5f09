/**
 * Writes the sample workbooks in samples/: the real plans in ../shared/seeds/ typed the way
 * offices type them (test/fixtures/), mistakes included. Run with `npm run samples`.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { SheetSnapshot } from '../src/domain/sheet/snapshot';
import { workbookFromSnapshots } from '../src/hosts/xlsx/writeSnapshot';
import { langSon2019Funding, langSon2019Targets, langSon2021Funding, langSon2021Targets } from '../test/fixtures/langSon';
import { thachAnAssignment, thachAnResponsibility } from '../test/fixtures/thachAn';
import { langSon2019TaskSheet } from '../test/fixtures/langSonTasks2019';
import { langSon2021TaskSheet } from '../test/fixtures/langSonTasks2021';
import { bacGiang2022Targets } from '../test/fixtures/bacGiang';
import { province2027 } from '../test/fixtures/province2027';

const SAMPLES: Record<string, () => SheetSnapshot[]> = {
  'lang-son-2019.xlsx': () => [langSon2019Targets(), langSon2019Funding(), langSon2019TaskSheet()],
  'lang-son-2021.xlsx': () => [langSon2021Targets(), langSon2021Funding(), langSon2021TaskSheet()],
  'thach-an-2025.xlsx': () => [thachAnAssignment(), thachAnResponsibility()],
  'bac-giang-2022.xlsx': () => [bacGiang2022Targets()],
  'tinh-2027.xlsx': () => province2027(),
};

async function main(): Promise<void> {
  const dir = path.resolve(process.argv[2] ?? 'samples');
  mkdirSync(dir, { recursive: true });
  for (const [name, build] of Object.entries(SAMPLES)) {
    const workbook = workbookFromSnapshots(build());
    workbook.creator = 'ntm-plan';
    workbook.created = new Date(Date.UTC(2026, 0, 1));
    workbook.modified = workbook.created;
    await workbook.xlsx.writeFile(path.join(dir, name));
    process.stdout.write(`${path.join(dir, name)}\n`);
  }
}

void main();
