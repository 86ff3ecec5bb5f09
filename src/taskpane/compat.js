/*
 * Runs before the pane's bundle, in ES5 so that every webview can run it. Volume-licensed Office 2016
 * and 2019, and Microsoft 365 on old Windows, show add-ins in Internet Explorer 11 or in the first
 * Edge (EdgeHTML): the bundle (ES2020, React 18, Fluent UI 9) cannot run there and the pane would
 * stay blank. There the pane says why and gives the address of the tool's web page, which works in
 * any current browser. Anywhere else, if nothing has been drawn a few seconds after the page loaded
 * (the bundle or Office.js failed to load), it says so too: a blank pane is never the answer.
 */
/* global window, document */
(function () {
  var agent = window.navigator.userAgent;
  var old = /Trident\/|MSIE /.test(agent) || /Edge\/\d/.test(agent);
  window.ntmPlanOldWebview = old;

  /** The web page next to this one (the same deployment): its address. */
  function webPage() {
    return window.location.href.replace(/[?#].*$/, '').replace(/[^/]*$/, '') + 'web.html';
  }

  function paragraph(text) {
    var p = document.createElement('p');
    p.style.margin = '0 0 8px 0';
    p.appendChild(document.createTextNode(text));
    return p;
  }

  function link() {
    var a = document.createElement('a');
    var address = webPage();
    a.href = address;
    a.target = '_blank';
    a.rel = 'noopener';
    a.style.wordBreak = 'break-all';
    a.appendChild(document.createTextNode(address));
    var p = document.createElement('p');
    p.style.margin = '0 0 12px 0';
    p.appendChild(a);
    return p;
  }

  /** Replaces whatever the pane shows with the reasons (Vietnamese, then English) and the web page's address. */
  function explain(vi, en) {
    var root = document.getElementById('root');
    if (!root) return;
    root.innerHTML = '';
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.setAttribute('data-ntm-plan', 'explained');
    box.style.cssText = 'font-family: Segoe UI, Arial, sans-serif; font-size: 14px; padding: 12px; line-height: 1.45; overflow-wrap: anywhere';
    box.appendChild(paragraph(vi));
    box.appendChild(paragraph('Trang web của công cụ (mở trong Chrome, Edge hoặc Firefox; tệp không rời khỏi máy):'));
    box.appendChild(link());
    box.appendChild(paragraph(en));
    box.appendChild(paragraph('The tool\'s web page (open it in Chrome, Edge or Firefox; the file never leaves your computer):'));
    box.appendChild(link());
    root.appendChild(box);
  }
  window.ntmPlanExplain = explain;

  function oldWebview() {
    explain(
      'Phiên bản Excel này hiển thị phần bổ trợ bằng trình duyệt cũ (Internet Explorer hoặc Edge đời đầu), nên Kế hoạch NTM không chạy được ở đây. Hãy dùng Excel 2021 hoặc Microsoft 365 trên Windows 10/11, Excel trên web, hoặc trang web của công cụ dưới đây.',
      'This Excel shows add-ins in an old browser (Internet Explorer or the first Edge), where Kế hoạch NTM cannot run. Use Excel 2021 or Microsoft 365 on Windows 10/11, Excel on the web, or the tool\'s web page below.'
    );
  }

  /** Nothing drawn after a few seconds: the pane's script or Office.js did not load. */
  function watch() {
    window.setTimeout(function () {
      var root = document.getElementById('root');
      if (root && root.childNodes.length === 0) {
        explain(
          'Phần bổ trợ chưa tải xong sau vài giây: mạng có thể đang chặn các tệp của nó hoặc thư viện Office.js của Microsoft. Hãy đóng rồi mở lại phần bổ trợ; nếu vẫn vậy, dùng trang web của công cụ dưới đây.',
          'The add-in has not loaded after a few seconds: the network may be blocking its files or Microsoft\'s Office.js. Close and open the add-in again; if nothing changes, use the tool\'s web page below.'
        );
      }
    }, 8000);
  }

  function start() {
    if (old) oldWebview();
    else watch();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
