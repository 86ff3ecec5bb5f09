import { createRoot } from 'react-dom/client';
import { App } from './App';
import { excelHost } from './excelHost';
import { officeTheme } from './officeTheme';
import { langFromOffice } from './language';

Office.onReady((info) => {
  const container = document.getElementById('root');
  if (!container) return;
  if (info.host !== Office.HostType.Excel) {
    container.textContent = 'Phần bổ trợ này chạy trong Excel. / This add-in runs in Excel.';
    return;
  }
  createRoot(container).render(<App host={excelHost()} theme={officeTheme()} initialLang={langFromOffice(Office.context.displayLanguage)} />);
});
