// Creating the main window with its guards: no navigation away, no new windows, no permissions
// but writing an image to the clipboard (a chart's Copy), no webviews; size and place remembered.
import { BrowserWindow, screen, shell, type WebContents } from 'electron';
import { APP_ENTRY, isAllowedNavigation, mainWindowOptions } from './window-options.ts';
import { restoreBounds } from './window-state.ts';
import { isAllowedExternalLink } from './external-links.ts';
import type { Settings } from './settings.ts';

/** A chart's Copy writes a PNG to the clipboard; reading the clipboard, the camera and the rest stay refused. */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function guardContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // links to the documentation sites of the allowlist open in the user's browser; nothing opens inside the app
    if (isAllowedExternalLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.session.setPermissionRequestHandler((_wc, permission, callback) => callback(ALLOWED_PERMISSIONS.has(permission)));
  contents.session.setPermissionCheckHandler((_wc, permission) => ALLOWED_PERMISSIONS.has(permission));
}

export function createMainWindow(settings: Settings, preloadPath: string, dark: boolean, onBoundsChanged: (w: NonNullable<Settings['window']>) => void): BrowserWindow {
  const bounds = restoreBounds(settings.window, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow(mainWindowOptions(bounds, preloadPath, dark));
  guardContents(win.webContents);
  if (settings.window?.maximized) win.maximize();
  let timer: NodeJS.Timeout | undefined;
  const remember = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (win.isDestroyed()) return;
      onBoundsChanged({ ...win.getNormalBounds(), maximized: win.isMaximized() });
    }, 400);
  };
  win.on('resize', remember);
  win.on('move', remember);
  win.on('close', () => {
    clearTimeout(timer);
    onBoundsChanged({ ...win.getNormalBounds(), maximized: win.isMaximized() });
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY);
  return win;
}
