import { createLightTheme, webDarkTheme, webLightTheme, type BrandVariants, type Theme } from '@fluentui/react-components';

/** Excel's green, as Fluent brand ramp. */
const EXCEL_BRAND: BrandVariants = {
  10: '#020402', 20: '#0E1B12', 30: '#132D1C', 40: '#163B23', 50: '#18492B', 60: '#195833', 70: '#19673B', 80: '#187743',
  90: '#107C41', 100: '#2B8A52', 110: '#469862', 120: '#5FA673', 130: '#78B484', 140: '#91C396', 150: '#AAD1A9', 160: '#C4E0BD',
};

/** A theme that follows Office's own (dark Office theme → dark pane), in Excel's green. */
export function officeTheme(): Theme {
  try {
    const office = Office.context.officeTheme;
    if (office && isDark(office.bodyBackgroundColor)) return webDarkTheme;
  } catch {
    return webLightTheme;
  }
  return createLightTheme(EXCEL_BRAND);
}

function isDark(color: string | undefined): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? '');
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}
