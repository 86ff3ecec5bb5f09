import { parseSettingsXml, settingsXml, SETTINGS_NAMESPACE, type IgnoredFinding } from '../../domain/findings/ignored';

const CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const CUSTOM_XML_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
const RELS = 'xl/_rels/workbook.xml.rels';

type Zip = import('jszip');

async function openZip(bytes: Uint8Array): Promise<Zip | null> {
  const { default: JSZip } = await import('jszip');
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    return null;
  }
}

/** The custom XML parts the workbook points at: their paths in the package. */
function customParts(rels: string): { id: string; path: string }[] {
  return [...rels.matchAll(/<Relationship\s([^>]*?)\/?>/g)].flatMap((m) => {
    const type = /Type="([^"]*)"/.exec(m[1])?.[1];
    const target = /Target="([^"]*)"/.exec(m[1])?.[1];
    const id = /Id="([^"]*)"/.exec(m[1])?.[1];
    if (type !== CUSTOM_XML || !target || !id) return [];
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`.replace(/[^/]+\/\.\.\//g, '');
    return [{ id, path }];
  });
}

async function ownPart(zip: Zip): Promise<{ path: string; xml: string } | null> {
  const rels = await zip.file(RELS)?.async('string');
  if (!rels) return null;
  for (const part of customParts(rels)) {
    const xml = await zip.file(part.path)?.async('string');
    if (xml?.includes(SETTINGS_NAMESPACE)) return { path: part.path, xml };
  }
  return null;
}

/** The findings a workbook's settings part says were ignored (none when it has no such part). */
export async function readIgnored(bytes: Uint8Array): Promise<IgnoredFinding[]> {
  const zip = await openZip(bytes);
  const part = zip ? await ownPart(zip) : null;
  return part ? parseSettingsXml(part.xml) : [];
}

const guid = () => '{xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx}'.replace(/x/g, () => Math.floor(Math.random() * 16).toString(16).toUpperCase());

/**
 * The workbook's bytes with its settings part saying which findings are ignored: a custom XML part,
 * as Excel keeps an add-in's (Office.js `customXmlParts`), replaced if there is one.
 */
export async function writeIgnored(bytes: Uint8Array, ignored: readonly IgnoredFinding[]): Promise<Uint8Array> {
  const zip = await openZip(bytes);
  if (!zip) return bytes;
  const xml = settingsXml(ignored);
  const existing = await ownPart(zip);
  // Nothing to remember and nothing remembered: the file as it is.
  if (!existing && ignored.length === 0) return bytes;
  if (existing) {
    zip.file(existing.path, xml);
  } else {
    let n = 1;
    while (zip.file(`customXml/item${n}.xml`)) n++;
    zip.file(`customXml/item${n}.xml`, xml);
    zip.file(`customXml/itemProps${n}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="${guid()}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${SETTINGS_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`);
    zip.file(`customXml/_rels/item${n}.xml.rels`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`);
    const rels = (await zip.file(RELS)?.async('string')) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const ids = new Set([...rels.matchAll(/Id="([^"]*)"/g)].map((m) => m[1]));
    let id = 1;
    while (ids.has(`rId${id}`)) id++;
    zip.file(RELS, rels.replace('</Relationships>', `<Relationship Id="rId${id}" Type="${CUSTOM_XML}" Target="../customXml/item${n}.xml"/></Relationships>`));
    let types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    if (!/<Default\s+Extension="xml"/.test(types)) types = types.replace('</Types>', '<Default Extension="xml" ContentType="application/xml"/></Types>');
    types = types.replace('</Types>', `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${PROPS_TYPE}"/></Types>`);
    zip.file('[Content_Types].xml', types);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
