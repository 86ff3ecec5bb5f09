'use strict';
/**
 * The deployable add-in for an HTTPS address: the manifest with every URL pointing there, and the
 * files it names. Used by webpack (`ADDIN_URL=https://ntm.example.gov.vn/ npm run build`).
 */

const { URL } = require('node:url');

const DEV = 'https://localhost:3000/';

/**
 * The address the add-in is served from, with its trailing slash; an error for anything Office
 * will not load (not https, a query, a fragment).
 * @example normalizeAddinUrl('https://ntm.example.gov.vn/addin') === 'https://ntm.example.gov.vn/addin/'
 */
function normalizeAddinUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_URL "${value}" không phải một địa chỉ (ví dụ https://ntm.example.gov.vn/).`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL phải là https:// (Office chỉ tải phần bổ trợ qua HTTPS), không phải "${value}".`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL không được có "?" hay "#": "${value}".`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The manifest for `addinUrl`: every development URL (https://localhost:3000/…) moved there, the
 * AppDomain its origin.
 * @example deployManifest(xml, 'https://example.org/ntm/') // SourceLocation https://example.org/ntm/taskpane.html
 */
function deployManifest(xml, addinUrl) {
  const base = normalizeAddinUrl(addinUrl);
  const origin = new URL(base).origin;
  return xml
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .split(DEV).join(base);
}

/** The files of the folder a manifest names, relative to `addinUrl` (taskpane.html, help.html, assets/icon-32.png …). */
function filesNamed(xml, addinUrl) {
  const base = normalizeAddinUrl(addinUrl);
  const files = new Set();
  for (const match of xml.matchAll(/"(https:\/\/[^"]+)"/g)) if (match[1].startsWith(base)) files.add(match[1].slice(base.length));
  return [...files].sort();
}

module.exports = { normalizeAddinUrl, deployManifest, filesNamed, DEV };
