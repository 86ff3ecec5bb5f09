/**
 * @jest-environment jsdom
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';

const source = readFileSync(path.join(__dirname, '..', '..', 'src', 'taskpane', 'compat.js'), 'utf8');

function runAs(agent: string): HTMLElement {
  document.body.innerHTML = '<div id="root"></div>';
  Object.defineProperty(window.navigator, 'userAgent', { value: agent, configurable: true });
  window.eval(source);
  return document.getElementById('root')!;
}

describe('the pane in an old webview (Office 2016/2019: Internet Explorer 11, the first Edge)', () => {
  it('is written in ES5, so that those webviews can run it', () => {
    expect(() => parse(source, { ecmaVersion: 5 })).not.toThrow();
  });

  it('says in Vietnamese and English why the pane cannot run there and what to use', () => {
    const root = runAs('Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko');
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toMatch(/Phiên bản Excel này hiển thị phần bổ trợ bằng trình duyệt cũ/);
    expect(alert.textContent).toMatch(/Excel on the web/);
    // The way out: the tool's web page, next to this page in the same deployment.
    expect([...alert.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['http://localhost/web.html', 'http://localhost/web.html']);
    expect(runAs('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041').querySelector('[role="alert"]')).not.toBeNull();
  });

  it('does nothing in a current webview (WebView2, Safari, Chromium)', () => {
    const root = runAs('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0');
    expect(root.innerHTML).toBe('');
  });
});
