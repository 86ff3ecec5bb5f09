import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { tempDir } from './helpers/xlsx';
import '../src/domain/catalog/schema';

const root = path.join(__dirname, '..');

describe('the task pane bundle', () => {
  it('never asks zod to generate code', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('builds with webpack, loads Office.js from its CDN and nothing else, and keeps a Content Security Policy', () => {
    const out = tempDir('ntm-plan-web-');
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--output-path', out], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const html = readFileSync(path.join(out, 'taskpane.html'), 'utf8');
    expect(html).toContain('Content-Security-Policy');
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(scripts.filter((src) => /^https?:/.test(src))).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    const bundle = readdirSync(out).find((f) => /^taskpane\.[0-9a-f]+\.js$/.test(f));
    expect(bundle).toBeDefined();
    const code = readFileSync(path.join(out, bundle!), 'utf8');
    expect(/\beval\(/.exec(code)?.[0] ?? 'none').toBe('none');
    // zod probes `new Function("")` inside a try unless it is jitless; the engine sets jitless, and the CSP has no 'unsafe-eval'.
    expect(html).not.toContain('unsafe-eval');
  }, 180_000);
});
