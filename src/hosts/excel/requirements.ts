/** Whether the running Excel supports a requirement set (ExcelApi 1.13 …). */
export type Supports = (set: string, version: string) => boolean;

/** The real check, through Office.js; false outside Office. */
export const officeSupports: Supports = (set, version) => {
  try {
    return typeof Office !== 'undefined' && Office.context.requirements.isSetSupported(set, version);
  } catch {
    return false;
  }
};

/** Where Office runs the add-in ('PC', 'Mac', 'OfficeOnline', 'iOS', 'Android' …); undefined outside Office. */
export type Platform = string | undefined;

/** The real platform, through Office.js. */
export function officePlatform(): Platform {
  try {
    return typeof Office !== 'undefined' ? String(Office.context.platform) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether sheets can be inserted from a file (`insertWorksheetsFromBase64`): ExcelApi 1.13, and not
 * on iPad, where Excel reports 1.13 but does not implement it.
 */
export function sheetInsertion(supports: Supports, platform: Platform): 'ok' | 'version' | 'ipad' {
  if (!supports('ExcelApi', '1.13')) return 'version';
  return platform === 'iOS' ? 'ipad' : 'ok';
}
