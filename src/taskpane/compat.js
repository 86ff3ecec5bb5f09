/*
 * Runs before the pane's bundle, in ES5 so that every webview can run it. Volume-licensed Office 2016
 * and 2019, and Microsoft 365 on old Windows, show add-ins in Internet Explorer 11 or in the first
 * Edge (EdgeHTML): the bundle (ES2020, React 18, Fluent UI 9) cannot run there and the pane would
 * stay blank. There the pane says why and what to do instead.
 */
/* global window, document */
(function () {
  var agent = window.navigator.userAgent;
  var old = /Trident\/|MSIE /.test(agent) || /Edge\/\d/.test(agent);
  window.ntmPlanOldWebview = old;
  if (!old) return;
  function explain() {
    var root = document.getElementById('root');
    if (!root) return;
    root.innerHTML = '';
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.style.cssText = 'font-family: Segoe UI, Arial, sans-serif; font-size: 14px; padding: 12px; line-height: 1.45';
    var vi = document.createElement('p');
    vi.appendChild(document.createTextNode('Phiên bản Excel này hiển thị phần bổ trợ bằng trình duyệt cũ (Internet Explorer hoặc Edge đời đầu), nên Kế hoạch NTM không chạy được ở đây. Hãy dùng Excel 2021 hoặc Microsoft 365 trên Windows 10/11, Excel trên web, hoặc trang web và lệnh ntm-plan của công cụ.'));
    var en = document.createElement('p');
    en.appendChild(document.createTextNode('This Excel shows add-ins in an old browser (Internet Explorer or the first Edge), where Kế hoạch NTM cannot run. Use Excel 2021 or Microsoft 365 on Windows 10/11, Excel on the web, or the tool\'s web page and ntm-plan command.'));
    box.appendChild(vi);
    box.appendChild(en);
    root.appendChild(box);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', explain);
  else explain();
})();
