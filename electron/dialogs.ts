// Native dialogs behind the shell methods.
import { dialog, type BrowserWindow } from 'electron';
import type { ShellImpl } from './shell-methods.ts';

const BILLING_FILTERS = [
  { name: 'Billing files (CSV, gzip, zip, Parquet, manifest)', extensions: ['csv', 'gz', 'zip', 'parquet', 'json'] },
  { name: 'All files', extensions: ['*'] },
];
const WORKSPACE_FILTERS = [{ name: 'FinOps Workbench workspace', extensions: ['duckdb'] }];

export function dialogShell(win: () => BrowserWindow | null, recent: () => string[]): ShellImpl {
  return {
    async pickImportPaths({ kind }) {
      const w = win();
      const options = {
        title: kind === 'files' ? 'Import billing files' : 'Import a folder of billing files',
        buttonLabel: 'Import',
        properties: kind === 'files' ? (['openFile', 'multiSelections'] as const) : (['openDirectory'] as const),
        filters: kind === 'files' ? BILLING_FILTERS : [],
      };
      const r = w ? await dialog.showOpenDialog(w, { ...options, properties: [...options.properties] }) : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
      return { paths: r.canceled ? [] : r.filePaths };
    },
    async pickWorkspace({ mode }) {
      const w = win();
      if (mode === 'create') {
        const opts = { title: 'New workspace', buttonLabel: 'Create', defaultPath: 'workspace.duckdb', filters: WORKSPACE_FILTERS };
        const r = w ? await dialog.showSaveDialog(w, opts) : await dialog.showSaveDialog(opts);
        return { path: r.canceled || !r.filePath ? null : r.filePath.endsWith('.duckdb') ? r.filePath : `${r.filePath}.duckdb` };
      }
      const opts = { title: 'Open workspace', buttonLabel: 'Open', properties: ['openFile' as const], filters: WORKSPACE_FILTERS };
      const r = w ? await dialog.showOpenDialog(w, opts) : await dialog.showOpenDialog(opts);
      return { path: r.canceled ? null : (r.filePaths[0] ?? null) };
    },
    async recentWorkspaces() {
      return { paths: recent() };
    },
  };
}
