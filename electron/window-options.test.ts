import { describe, expect, it } from 'vitest';
import { APP_ENTRY, isAllowedNavigation, isTrustedSender, mainWindowOptions } from './window-options.ts';

describe('window options', () => {
  const opts = mainWindowOptions({ width: 1200, height: 800 }, '/app/preload.cjs', false);
  it('isolates and sandboxes the page, with no Node in it', () => {
    expect(opts.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });
  it('uses the given size and waits to show until painted', () => {
    expect(opts).toMatchObject({ width: 1200, height: 800, show: false });
  });
});

describe('navigation', () => {
  it('stays on the app origin', () => {
    expect(isAllowedNavigation(APP_ENTRY)).toBe(true);
    expect(isAllowedNavigation('app://workbench/index.html#/explore')).toBe(true);
  });
  it('blocks everything else, including dropped files and look-alike hosts', () => {
    for (const url of ['https://example.com/', 'http://127.0.0.1:3000/', 'file:///home/me/cur.csv', 'app://workbench.evil/index.html', 'app://other/', 'javascript:alert(1)', 'not a url']) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
    expect(isTrustedSender(undefined)).toBe(false);
  });
});
