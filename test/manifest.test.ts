import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { haveManifestSchemas, validateManifest } from './helpers/manifestSchema';

const root = path.join(__dirname, '..');
const manifest = readFileSync(path.join(root, 'manifest.xml'), 'utf8');


describe('manifest.xml', () => {
  // The schemas live in ../shared, which a user's clone does not have: the test then says so and
  // checks what it can without them.
  (haveManifestSchemas ? it : it.skip)('is valid against the Office add-in XML schemas (offline)', async () => {
    const result = await validateManifest(manifest);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  (haveManifestSchemas ? it : it.skip)('would fail a manifest the schemas reject', async () => {
    const broken = await validateManifest(manifest.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>'));
    expect(broken.valid).toBe(false);
  });

  it('declares an Excel task pane served from https://localhost:3000 with the ExcelApi set', () => {
    expect(manifest).toContain('xsi:type="TaskPaneApp"');
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.\d+"\/>/);
    expect(manifest).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
  });

  it('asks for ExcelApi 1.9 at least: Office 2016 and 2019 (1.8 at most) show add-ins in Internet Explorer, where the pane cannot run', () => {
    const sets = [...manifest.matchAll(/<Set Name="ExcelApi" MinVersion="(\d+)\.(\d+)"\/>/g)].map(([, major, minor]) => [Number(major), Number(minor)]);
    expect(sets.length).toBeGreaterThan(0);
    for (const [major, minor] of sets) expect(major > 1 || (major === 1 && minor >= 9)).toBe(true);
  });

  it('points only at icons the project ships', () => {
    for (const [, file] of manifest.matchAll(/https:\/\/localhost:3000\/(assets\/[\w.-]+\.png)/g)) {
      expect(existsSync(path.join(root, file))).toBe(true);
    }
  });
});
