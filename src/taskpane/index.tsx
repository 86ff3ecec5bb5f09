import { createRoot } from 'react-dom/client';
import { App } from './App';
import { excelHost } from './excelHost';
import { officeTheme } from './officeTheme';
import { langFromOffice } from './language';
import { spawnEngine } from './engine/spawn';
import { WorkerClient } from './engine/client';
import { inlineEngine, workerEngine } from './engine/engines';

/** How long Office.js may take to say it is ready before the pane says something is wrong. */
const OFFICE_WAIT_MS = 6000;

type Explain = (vi: string, en: string) => void;
const explain: Explain = (vi, en) => (window as unknown as { ntmPlanExplain?: Explain }).ntmPlanExplain?.(vi, en);

const container = document.getElementById('root');

function start(): void {
  if (!container || (window as unknown as { ntmPlanOldWebview?: boolean }).ntmPlanOldWebview) return;
  if (typeof Office === 'undefined') {
    // Office.js did not load (a proxy or firewall blocks appsforoffice.microsoft.com): say so at once.
    explain(
      'Không tải được Office.js, thư viện của Microsoft mà phần bổ trợ cần để làm việc với Excel (mạng đang chặn appsforoffice.microsoft.com, hoặc máy không có mạng). Hãy kiểm tra mạng rồi mở lại phần bổ trợ, hoặc dùng trang web của công cụ dưới đây.',
      'Office.js, the Microsoft library the add-in needs to work with Excel, could not be loaded (the network blocks appsforoffice.microsoft.com, or there is no network). Check the network and open the add-in again, or use the tool\'s web page below.',
    );
    return;
  }
  let ready = false;
  const timer = window.setTimeout(() => {
    if (!ready) {
      explain(
        'Office.js đã tải nhưng Excel chưa trả lời sau vài giây. Nếu trang này được mở ngoài Excel, hãy mở phần bổ trợ từ Excel (thẻ Trang đầu → Kế hoạch NTM), hoặc dùng trang web của công cụ dưới đây.',
        'Office.js loaded but Excel has not answered after a few seconds. If this page was opened outside Excel, open the add-in from Excel (Home → NTM plan), or use the tool\'s web page below.',
      );
    }
  }, OFFICE_WAIT_MS);
  Office.onReady((info) => {
    ready = true;
    window.clearTimeout(timer);
    if (info.host !== Office.HostType.Excel) {
      explain('Phần bổ trợ này chạy trong Excel. Ngoài Excel, hãy dùng trang web của công cụ dưới đây.', 'This add-in runs in Excel. Outside Excel, use the tool\'s web page below.');
      return;
    }
    const host = excelHost();
    const read = (onProgress?: (done: number, total: number) => void) => host.read(onProgress);
    // Office.js reads on the page's thread; the checks and plans run in a Web Worker.
    const engine = typeof Worker === 'undefined' ? inlineEngine(read) : workerEngine(read, new WorkerClient(() => spawnEngine()!));
    container.innerHTML = '';
    createRoot(container).render(<App host={host} engine={engine} theme={officeTheme()} initialLang={langFromOffice(Office.context.displayLanguage)} />);
  });
}

start();
