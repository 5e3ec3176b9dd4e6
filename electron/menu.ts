// The application menu, as a template built from plain inputs (testable without Electron).
import type { MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';

export const VIEW_MENU = [
  ['data', 'Data'],
  ['explore', 'Explore'],
  ['tags', 'Tags'],
  ['chargeback', 'Chargeback'],
  ['forecast', 'Forecast'],
  ['anomalies', 'Anomalies'],
  ['commitments', 'Commitments'],
  ['rightsizing', 'Rightsizing'],
  ['review', 'Review'],
] as const;

export interface MenuActions {
  openWorkspace: () => void;
  newWorkspace: () => void;
  openRecent: (path: string) => void;
  clearRecent: () => void;
  importFiles: () => void;
  importFolder: () => void;
  openDemo: () => void;
  navigate: (view: string) => void;
  about: () => void;
}

export function menuTemplate(actions: MenuActions, recent: readonly string[], opts: { mac: boolean; devTools: boolean }): MenuItemConstructorOptions[] {
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? [...recent.map((p) => ({ label: basename(p), sublabel: p, toolTip: p, click: () => actions.openRecent(p) })), { type: 'separator' }, { label: 'Clear Recent', click: actions.clearRecent }]
    : [{ label: 'No recent workspaces', enabled: false }];
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: actions.openWorkspace },
      { label: 'New Workspace…', accelerator: 'CmdOrCtrl+N', click: actions.newWorkspace },
      { label: 'Open Recent', submenu: recentItems },
      { label: 'Open the Demo Workspace', click: actions.openDemo },
      { type: 'separator' },
      { label: 'Import Files…', accelerator: 'CmdOrCtrl+I', click: actions.importFiles },
      { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: actions.importFolder },
      { type: 'separator' },
      opts.mac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'CmdOrCtrl+Q' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...VIEW_MENU.map(([id, label], i): MenuItemConstructorOptions => ({ label, accelerator: `CmdOrCtrl+${i + 1}`, click: () => actions.navigate(id) })),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(opts.devTools ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };
  const help: MenuItemConstructorOptions = { role: 'help', submenu: [{ label: 'About FinOps Workbench', click: actions.about }] };
  return [...(opts.mac ? [{ role: 'appMenu' } as const] : []), file, { role: 'editMenu' }, view, { role: 'windowMenu' }, help];
}
