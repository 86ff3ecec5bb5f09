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
