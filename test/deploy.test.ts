import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { haveManifestSchemas, validateManifest } from './helpers/manifestSchema';
import { tempDir } from './helpers/xlsx';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { deployManifest, filesNamed, normalizeAddinUrl } = require('../scripts/deploy.js') as {
  deployManifest(xml: string, url: string): string;
  filesNamed(xml: string, url: string): string[];
  normalizeAddinUrl(url: string): string;
};

const root = path.join(__dirname, '..');
const manifest = readFileSync(path.join(root, 'manifest.xml'), 'utf8');

describe('a deployable add-in for an HTTPS address', () => {
  it('takes only an https address without query or fragment, and ends it with a slash', () => {
    expect(normalizeAddinUrl('https://ntm.example.gov.vn/addin')).toBe('https://ntm.example.gov.vn/addin/');
    expect(normalizeAddinUrl('https://example.org')).toBe('https://example.org/');
    expect(() => normalizeAddinUrl('http://example.org/ntm/')).toThrow(/https/);
    expect(() => normalizeAddinUrl('https://example.org/ntm/?a=1')).toThrow(/\?/);
    expect(() => normalizeAddinUrl('ntm')).toThrow(/không phải một địa chỉ/);
  });

  it('points every URL of the manifest at the address, the AppDomain at its origin', () => {
    const deployed = deployManifest(manifest, 'https://example.org/ntm');
    expect(deployed).not.toContain('localhost');
    expect(deployed).toContain('<AppDomain>https://example.org</AppDomain>');
    expect(deployed).toContain('<SourceLocation DefaultValue="https://example.org/ntm/taskpane.html"/>');
    expect(filesNamed(deployed, 'https://example.org/ntm/')).toEqual(['assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png', 'help.html', 'taskpane.html']);
  });

  it('ADDIN_URL=https://example.org/ntm/ npm run build: a folder whose manifest names only that address, every file it names there', async () => {
    const out = tempDir('ntm-plan-deploy-');
    const build = spawnSync(process.execPath, [path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--output-path', out], {
      cwd: root, encoding: 'utf8', env: { ...process.env, ADDIN_URL: 'https://example.org/ntm/' },
    });
    expect(build.status).toBe(0);
    const deployed = readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    const urls = [...deployed.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:\/\/[^"<]+)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url === 'https://example.org' || url.startsWith('https://example.org/ntm/')).toBe(true);
    const named = filesNamed(deployed, 'https://example.org/ntm/');
    for (const file of named) expect(existsSync(path.join(out, file))).toBe(true);
    const help = readFileSync(path.join(out, 'help.html'), 'utf8');
    expect(help).toContain('hướng dẫn sử dụng');
    expect(help).toContain('NTM plan — help');
    if (haveManifestSchemas) expect((await validateManifest(deployed)).errors).toEqual([]);
    const refused = spawnSync(process.execPath, [path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--output-path', tempDir('ntm-plan-deploy-')], {
      cwd: root, encoding: 'utf8', env: { ...process.env, ADDIN_URL: 'http://example.org/ntm/' },
    });
    expect(refused.status).not.toBe(0);
    expect(refused.stderr + refused.stdout).toMatch(/https/);
  }, 400_000);
});
