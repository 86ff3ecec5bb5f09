/**
 * The command line as a new user meets it: help for the tool and each command, English on request
 * for everything, a suggestion for a typo, text wrapped to the terminal, progress on a terminal.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { COMMANDS, closest } from '../../src/cli/commands';
import { wrap } from '../../src/cli/wrap';
import { terminalProgress } from '../../src/cli/progress';

const BIN = path.join(__dirname, '..', '..', 'bin', 'ntm-plan.js');
const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'lang-son-2021.xlsx');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  // A message is wrapped to 80 columns: read as one line.
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.replace(/\n(?!$)/g, ' ') };
}

/** The command line in-process, with a terminal as wide as asked. */
async function inProcess(args: string[], width = 80) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t), width });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('ntm-plan help', () => {
  it('lists every command with what it does, and says how to get a command\'s help', () => {
    const { code, stdout } = run('help');
    expect(code).toBe(0);
    for (const command of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${command.name} +\\S`, 'm'));
    expect(stdout).toContain('ntm-plan help <lệnh>');
    expect(run('--help').stdout).toBe(stdout);
  });

  it.each(COMMANDS.map((c) => [c.name]))('ntm-plan %s --help gives its description, every option and an example, and exits 0', (name) => {
    const spec = COMMANDS.find((c) => c.name === name)!;
    const { code, stdout, stderr } = run(name, '--help');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.startsWith(`ntm-plan ${name} — `)).toBe(true);
    expect(stdout).toContain('Cách dùng: ntm-plan');
    for (const option of spec.options) expect(stdout).toContain(`--${option.name}`);
    expect(stdout).toMatch(/Ví dụ:\n {2}ntm-plan /);
    expect(run('help', name).stdout).toBe(stdout);
  });

  it('speaks English with --lang en: the help, the errors and the report', () => {
    expect(run('help', '--lang', 'en').stdout).toContain('Commands:');
    expect(run('check', '--help', '--lang', 'en').stdout).toContain('Usage: ntm-plan check <workbook> [options]');
    expect(run('check', 'missing.xlsx', '--lang', 'en').stderr).toBe('ntm-plan: missing.xlsx: no such file\n');
    expect(run('check', '--lang', 'en').stderr).toMatch(/^ntm-plan: missing <workbook>/);
    expect(run('fill', SAMPLE, '--lang', 'en').stderr).toMatch(/^ntm-plan: -o <file> is needed/);
    expect(run('check', SAMPLE, '--catalog', 'khong-co', '--lang', 'en').stderr).toMatch(/^ntm-plan: there is no criteria set "khong-co"/);
    const report = run('check', SAMPLE, '--lang', 'en').stdout;
    expect(report).toContain('Commune NTM criteria 2021–2025 (chosen from the year 2021');
    expect(report).toContain('Should be 99.4%.');
    expect(report).not.toMatch(/Tổng cộng|Tệp:/);
  });

  it('suggests the command or option meant when one is mistyped', () => {
    expect(run('chek', SAMPLE).stderr).toMatch(/^ntm-plan: không có lệnh "chek"; có phải ý bạn là "check"\?/);
    expect(run('chekc', SAMPLE, '--lang', 'en').stderr).toMatch(/did you mean "check"\?/);
    expect(run('check', SAMPLE, '--jsno').stderr).toMatch(/lệnh check không có tùy chọn --jsno; có phải ý bạn là --json\?/);
    expect(run('template', 'plna', '-o', 'x.xlsx').stderr).toMatch(/có phải ý bạn là "plan"\?/);
    expect(run('check', SAMPLE, '--catalog', 'xa-ntm-2021-2052').stderr).toMatch(/có phải ý bạn là "xa-ntm-2021-2025"\?/);
    expect(closest('xyz', ['check', 'fill'])).toBeUndefined();
    for (const wrong of [['check', SAMPLE, '--jsno'], ['chek']]) expect(run(...wrong).code).toBe(2);
  });

  it('wraps its text to the terminal\'s width, 80 columns when not a terminal', async () => {
    const piped = run('check', SAMPLE).stdout;
    expect(Math.max(...piped.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80);
    const narrow = await inProcess(['check', SAMPLE], 50);
    const lines = narrow.stdout.split('\n');
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(50);
    // A finding's words go on under its own column, not under the cell.
    const at = lines.findIndex((l) => l.includes('C8'));
    expect(lines[at + 1]).toMatch(/^ {13,}\S/);
    expect(wrap('  - một dòng rất dài '.repeat(3), 20).split('\n').slice(1).every((l) => l.startsWith('    '))).toBe(true);
    // JSON is never wrapped.
    expect(JSON.parse((await inProcess(['check', SAMPLE, '--json'], 40)).stdout).file).toBe('lang-son-2021.xlsx');
  });

  it('shows where it is on a terminal\'s stderr, and nothing when stderr is not a terminal', () => {
    const written: string[] = [];
    const terminal = { isTTY: true, columns: 80, write: (t: string) => { written.push(t); return true; } } as unknown as NodeJS.WriteStream;
    const progress = terminalProgress(terminal, 'vi');
    progress.step('read', 1, 4);
    progress.clear();
    const erase = '\r\u001b[K';
    expect(written[0]).toBe(`${erase}Đang đọc các trang… 25% (0 s)`);
    expect(written[written.length - 1]).toBe(erase);
    const piped: string[] = [];
    terminalProgress({ isTTY: false, write: (t: string) => { piped.push(t); return true; } } as unknown as NodeJS.WriteStream, 'vi').step('read');
    expect(piped).toEqual([]);
    expect(run('check', SAMPLE).stderr).toBe('');
  });

  it('counts a set\'s indicators as the decisions do: 57 for the 2021–2025 set', () => {
    const sets = JSON.parse(run('catalogs', '--json').stdout);
    expect(sets.find((s: { id: string }) => s.id === 'xa-ntm-2021-2025')).toMatchObject({ criteria: 19, indicators: 57, numberedIndicators: 52, indicatorsComplete: true });
    expect(run('catalogs').stdout).toMatch(/xa-ntm-2021-2025 +Bộ tiêu chí xã NTM 2021–2025: 19 tiêu chí, 57 chỉ\s+tiêu;/);
  });
});
