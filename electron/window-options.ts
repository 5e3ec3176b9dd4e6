// The hardened window: isolated, sandboxed, no Node in the page, nothing remote, and the page can
// navigate only within the app's own origin.
import type { BrowserWindowConstructorOptions } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

export interface Bounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export function mainWindowOptions(bounds: Bounds, preloadPath: string, dark: boolean): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'FinOps Workbench',
    backgroundColor: dark ? '#12151a' : '#f4f6f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  };
}

/** Only the app's own pages; a dropped file or a link must not take the window elsewhere. */
export function isAllowedNavigation(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** IPC is answered only for frames showing the app itself. */
export function isTrustedSender(url: string | undefined): boolean {
  return url !== undefined && isAllowedNavigation(url);
}
