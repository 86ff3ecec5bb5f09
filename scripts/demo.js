#!/usr/bin/env node
'use strict';
/**
 * `npm run demo`: check → fill → check → appendix on every sample workbook, the results in out/,
 * and a short summary. Runs the command line exactly as a user would.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const samples = path.join(root, 'samples');
const out = path.join(root, 'out');
fs.mkdirSync(out, { recursive: true });

function cli(...args) {
  const run = spawnSync(process.execPath, [path.join(root, 'bin', 'ntm-plan.js'), ...args], { encoding: 'utf8' });
  if (run.status === 2) {
    process.stderr.write(run.stderr);
    process.exit(2);
  }
  return { code: run.status, json: run.stdout.trim().startsWith('{') ? JSON.parse(run.stdout) : null, stdout: run.stdout };
}

const rows = [];
for (const file of fs.readdirSync(samples).filter((f) => f.endsWith('.xlsx')).sort()) {
  const input = path.join(samples, file);
  const base = file.replace(/\.xlsx$/, '');
  const before = cli('check', input, '--json').json;
  const filledFile = path.join(out, `${base}-da-dien.xlsx`);
  const fill = cli('fill', input, '-o', filledFile, '--overwrite', '--json').json;
  const after = fill.output ? cli('check', filledFile, '--json').json : null;
  const appendixFile = path.join(out, `${base}-phu-luc.xlsx`);
  const appendix = cli('appendix', fill.output ? filledFile : input, '-o', appendixFile, '--json');
  const appendixRows = appendix.json ? appendix.json.sections.reduce((n, s) => n + s.rows.length, 0) : 0;
  rows.push({
    'Sổ tính': file,
    'Trang nhận dạng': before.sheets.filter((sheet) => sheet.kind !== 'unknown').length,
    'Trước: lỗi/cảnh báo': `${before.stats.errors}/${before.stats.warnings}`,
    'Ô đã điền': fill.writes.length,
    'Ô bỏ qua': fill.skipped.length,
    'Sau: lỗi/cảnh báo': after ? `${after.stats.errors}/${after.stats.warnings}` : 'không điền',
    'Dòng phụ lục': appendix.json ? appendixRows : '—',
  });
  process.stdout.write(`\n${file}: ${before.stats.errors} lỗi trước khi điền, ${after ? after.stats.errors : '?'} sau khi điền.\n`);
  for (const issue of before.issues.filter((i) => i.severity === 'error')) process.stdout.write(`  ${issue.sheet}!${issue.cell} ${issue.code}: ${issue.message}\n`);
  const reasons = [...new Set(fill.skipped.map((s) => s.reason))];
  if (reasons.includes('text-number')) process.stdout.write('  (số nhập dạng văn bản như "99,5%" hay "180/181" không cộng được bằng công thức: các ô đó giữ nguyên, lỗi của chúng vẫn còn.)\n');
}
process.stdout.write('\nTóm tắt (kết quả trong out/):\n');
console.table(rows);
