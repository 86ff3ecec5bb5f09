import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

/** The Office add-in manifest schemas, offline (../shared; absent in a clone outside /work). */
const xsdDir = path.join(__dirname, '..', '..', '..', 'shared', 'reference', 'office-manifest-xsd');

export const haveManifestSchemas = existsSync(path.join(xsdDir, 'OfficeAppManifestV1_1.xsd'));

/** Validates a manifest against those schemas with libxml2 (xmllint-wasm). */
export function validateManifest(xml: string) {
  const schemas = readdirSync(xsdDir).filter((f) => f.endsWith('.xsd'));
  return validateXML({
    xml: { fileName: 'manifest.xml', contents: xml },
    schema: { fileName: 'OfficeAppManifestV1_1.xsd', contents: readFileSync(path.join(xsdDir, 'OfficeAppManifestV1_1.xsd'), 'utf8') },
    preload: schemas.filter((f) => f !== 'OfficeAppManifestV1_1.xsd').map((f) => ({ fileName: f, contents: readFileSync(path.join(xsdDir, f), 'utf8') })),
  });
}
