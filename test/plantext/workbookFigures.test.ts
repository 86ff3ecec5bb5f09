/**
 * check-text --workbook: the text's distribution, average and total funding against the figures
 * of the workbook (the same figures write-text writes from). The text is written from the sample,
 * then one number changed by hand.
 */
import { openWorkbookFile } from '../../src/hosts/xlsx/files';
import { analyzeWorkbook } from '../../src/domain/engine';
import { planFigures } from '../../src/domain/plantext/figures';
import { writePlanText } from '../../src/domain/plantext/write';
import { checkPlanText } from '../../src/domain/plantext/check';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

async function written(sample: string) {
  const analysis = analyzeWorkbook((await openWorkbookFile(path.join(ROOT, 'samples', sample))).snapshot);
  return { lines: writePlanText(analysis), figures: planFigures(analysis) };
}

const workbookFindings = (lines: string[], figures: ReturnType<typeof planFigures>) =>
  checkPlanText(lines.join('\n'), 'vi', figures).issues.filter((i) => i.code === 'text-workbook');

test('a distribution line and the average that disagree with the assignment sheet are found at their lines', async () => {
  const { lines, figures } = await written('thach-an-2025.xlsx');
  expect(figures.distribution?.communes).toBeGreaterThan(0);
  expect(workbookFindings(lines, figures)).toEqual([]);
  const group = figures.distribution!.groups.find((g) => g.count > 0)!;
  const at = lines.findIndex((l) => l.startsWith(`- Số xã đạt ${group.label} tiêu chí có`));
  const n = figures.distribution!.communes;
  const pad = (k: number) => String(k).padStart(2, '0');
  const changed = [...lines];
  changed[at] = changed[at].replace(`${pad(group.count)}/${n}`, `${pad(group.count + 1)}/${n}`);
  const avg = changed.findIndex((l) => l.includes('bình quân đạt'));
  const shown = Math.round(figures.distribution!.average * 10) / 10;
  changed[avg] = changed[avg].replace(`bình quân đạt ${shown.toFixed(1).replace('.', ',')} tiêu chí/xã`, `bình quân đạt ${(shown + 0.3).toFixed(1).replace('.', ',')} tiêu chí/xã`);
  expect(changed[avg]).not.toBe(lines[avg]);
  const found = workbookFindings(changed, figures);
  // Findings come in line order: the average may stand above the distribution or below it.
  expect(found.map((f) => [f.line, f.actual, f.expected])).toEqual([
    [at + 1, `${group.count + 1}/${n}`, `${group.count}/${n}`],
    [avg + 1, (shown + 0.3).toFixed(1).replace('.', ','), shown.toFixed(1).replace('.', ',')],
  ].sort((a, b) => Number(a[0]) - Number(b[0])));
  expect(found.find((f) => f.line === at + 1)!.message).toContain(`Số xã đạt ${group.label} tiêu chí`);
});

test('a total funding that is not the sum of the funding table\'s items is found, in the text\'s own unit', async () => {
  const { lines, figures } = await written('lang-son-2021.xlsx');
  expect(figures.funding?.unit).toBe('tỷ đồng');
  expect(workbookFindings(lines, figures)).toEqual([]);
  const at = lines.findIndex((l) => l.startsWith('Tổng nhu cầu vốn'));
  const total = figures.funding!.total;
  // The same total said in millions: no finding; one billion more: a finding at its line.
  const inMillions = [...lines];
  inMillions[at] = `Tổng nhu cầu vốn thực hiện là ${(total * 1000).toLocaleString('de-DE')} triệu đồng, trong đó:`;
  expect(workbookFindings(inMillions, figures)).toEqual([]);
  const wrong = [...lines];
  wrong[at] = `Tổng nhu cầu vốn thực hiện là ${(total + 1).toLocaleString('de-DE')} tỷ đồng, trong đó:`;
  expect(workbookFindings(wrong, figures).map((f) => [f.line, f.expected])).toEqual([[at + 1, `${total.toLocaleString('de-DE')} tỷ đồng`]]);
});

test('each funding item named after the total against its amount in the funding table', async () => {
  const { lines, figures } = await written('lang-son-2021.xlsx');
  const item = figures.funding!.items[1];
  const at = lines.findIndex((l) => l.includes(`${item.label} là`));
  expect(at).toBeGreaterThan(0);
  const changed = [...lines];
  changed[at] = changed[at].replace(`${item.label} là ${item.value.toLocaleString('de-DE')} tỷ đồng`, `${item.label} là ${(item.value + 7).toLocaleString('de-DE')} tỷ đồng`);
  expect(changed[at]).not.toBe(lines[at]);
  const found = workbookFindings(changed, figures);
  expect(found.map((f) => [f.line, f.actual, f.expected])).toEqual([[at + 1, `${(item.value + 7).toLocaleString('de-DE')} tỷ đồng`, `${item.value.toLocaleString('de-DE')} tỷ đồng`]]);
  expect(found[0].message).toContain(item.label);
});
