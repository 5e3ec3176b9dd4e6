// Electron main process: one window onto one AppSession. Thin on purpose: the work is in core,
// reached through the generic IPC adapter; this file wires the window, menu, dialogs and settings.
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, Notification, protocol } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppApi, AppEvent, SessionInfo } from '../core/api/app-contract.ts';
import type { CallContext } from '../core/api/progress.ts';
import { toApiError } from '../core/api/errors.ts';
import { AppSession } from '../core/app/session.ts';
import { appMethodTable, mergeTables } from '../core/app/method-table.ts';
import { buildDemo } from '../core/app/demo.ts';
import { CHANNELS } from './channels.ts';
import { createIpcAdapter } from './ipc-adapter.ts';
import { shellMethodTable } from './shell-methods.ts';
import { dialogShell } from './dialogs.ts';
import { appResponse } from './app-protocol.ts';
import { APP_SCHEME, isTrustedSender } from './window-options.ts';
import { createMainWindow } from './main-window.ts';
import { menuTemplate, type MenuActions } from './menu.ts';
import { addRecent, loadSettings, saveSettings, settingsPath, type Settings } from './settings.ts';
import { afterMethods, createBudgetAlertWatcher, type BudgetNotice } from './budget-alerts.ts';
import { WRITE_METHODS } from '../core/api/guard.ts';

const here = dirname(fileURLToPath(import.meta.url));
const RENDERER_DIR = join(here, '..', 'renderer');
const PRELOAD = join(here, 'preload.cjs');
/** Budgets are checked again this often (data may arrive from a pull or the command line meanwhile). */
const BUDGET_CHECK_MS = 10 * 60_000;

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
// tests and portable setups keep the app's files (settings, demo workspace) elsewhere
if (process.env.FINOPS_WORKBENCH_HOME) app.setPath('userData', resolve(process.env.FINOPS_WORKBENCH_HOME));
app.enableSandbox();

/** `--db PATH` on the command line names the workspace to open. */
function workspaceArg(argv: readonly string[]): string | undefined {
  const i = argv.indexOf('--db');
  const v = i >= 0 ? argv[i + 1] : undefined;
  return v && !v.startsWith('-') ? resolve(v) : undefined;
}

async function start(): Promise<void> {
  await app.whenReady();
  const file = settingsPath(app.getPath('userData'));
  let settings: Settings = loadSettings(file);
  const demoPath = join(app.getPath('userData'), 'demo.duckdb');
  const last = settings.lastWorkspace && existsSync(settings.lastWorkspace) ? settings.lastWorkspace : undefined;
  const workspacePath = workspaceArg(process.argv) ?? last ?? demoPath;
  let win: BrowserWindow | null = null;

  const update = (next: Partial<Settings>) => {
    settings = { ...settings, ...next };
    saveSettings(file, settings);
  };
  const sendApp = (e: AppEvent) => win?.webContents.send(CHANNELS.app, e);
  const remember = (info: SessionInfo) => {
    update({ lastWorkspace: info.workspacePath, recentWorkspaces: addRecent(settings.recentWorkspaces, info.workspacePath) });
    rebuildMenu();
  };

  // the window opens at once; calls wait for the workspace (the demo is built on first run)
  const showProgress = (ctx: CallContext): CallContext => ({ ...ctx, onProgress: (p) => win?.setProgressBar(p.fraction ?? 2) });
  const options = { workspacePath, demoPath, buildDemo, onOpened: remember };
  // when the demo cannot be built, start on an empty workspace rather than on nothing
  const sessionReady = AppSession.open(options, showProgress({}))
    .catch((err: unknown) => (workspacePath === demoPath ? AppSession.open({ ...options, workspacePath: join(app.getPath('userData'), 'workspace.duckdb') }) : Promise.reject(err)))
    .finally(() => win?.setProgressBar(-1));
  sessionReady.catch(() => undefined); // its error is answered to every call instead
  const lazyApi = new Proxy({} as AppApi, {
    get: (_t, name: string) => async (req: unknown, ctx?: CallContext) => ((await sessionReady).api as unknown as Record<string, (r: unknown, c?: CallContext) => Promise<unknown>>)[name]?.(req, ctx),
  });
  const shell = dialogShell(() => win, () => settings.recentWorkspaces);
  // budget notifications: main reads the statuses itself, after any write and every few minutes
  const showNotice = (n: BudgetNotice) => {
    if (!Notification.isSupported()) return;
    const note = new Notification({ title: n.title, body: n.body });
    note.on('click', () => {
      win?.show();
      win?.focus();
      sendApp({ type: 'navigate', view: 'forecast' });
    });
    note.show();
  };
  const alerts = createBudgetAlertWatcher({
    readStatus: async () => {
      const s = await sessionReady;
      const [session, status] = await Promise.all([s.api.session({}), s.api.budgetsStatus({})]);
      return { workspacePath: session.workspacePath, statuses: status.statuses };
    },
    notify: showNotice,
    loadMemory: (path) => settings.budgetAlerts?.[path],
    saveMemory: (path, memory) => update({ budgetAlerts: { ...settings.budgetAlerts, [path]: memory } }),
  });
  const checkBudgets = () => void alerts.check();
  const table = afterMethods(mergeTables(appMethodTable(lazyApi), shellMethodTable(shell)), [...WRITE_METHODS, 'openWorkspace', 'openDemo'], checkBudgets);
  const adapter = createIpcAdapter({ table, isTrustedSender });
  ipcMain.handle(CHANNELS.invoke, (event, args: unknown) => adapter.invoke({ url: event.senderFrame?.url, reply: (e) => event.sender.send(CHANNELS.job, e) }, args));
  ipcMain.handle(CHANNELS.cancel, (event, args: unknown) => adapter.cancel({ url: event.senderFrame?.url, reply: () => undefined }, args));
  protocol.handle(APP_SCHEME, (request) => appResponse(RENDERER_DIR, request.url));

  const switchTo = async (open: (s: AppSession) => Promise<SessionInfo>) => {
    try {
      const info = await open(await sessionReady);
      sendApp({ type: 'workspace-changed', session: info });
      checkBudgets();
    } catch (err) {
      dialog.showErrorBox('Could not open the workspace', toApiError(err).message);
    } finally {
      win?.setProgressBar(-1);
    }
  };
  const actions: MenuActions = {
    openWorkspace: async () => {
      const { path } = await shell.pickWorkspace({ mode: 'open' });
      if (path) await switchTo((s) => s.api.openWorkspace({ path }));
    },
    newWorkspace: async () => {
      const { path } = await shell.pickWorkspace({ mode: 'create' });
      if (path) await switchTo((s) => s.api.openWorkspace({ path, create: true }));
    },
    openRecent: (path) => void switchTo((s) => s.api.openWorkspace({ path })),
    clearRecent: () => {
      update({ recentWorkspaces: [] });
      rebuildMenu();
    },
    importFiles: () => sendApp({ type: 'import', kind: 'files' }),
    importFolder: () => sendApp({ type: 'import', kind: 'folder' }),
    openDemo: () => void switchTo((s) => s.api.openDemo({}, showProgress({}))),
    navigate: (view) => sendApp({ type: 'navigate', view }),
    about: () =>
      void dialog.showMessageBox({
        type: 'info',
        title: 'About FinOps Workbench',
        message: `FinOps Workbench ${app.getVersion()}`,
        detail: 'Cloud cost analysis on a local DuckDB workspace. Everything the app does is also on the command line: npx finops-workbench --help',
      }),
  };
  function rebuildMenu() {
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(actions, settings.recentWorkspaces, { mac: process.platform === 'darwin', devTools: !app.isPackaged })));
  }
  rebuildMenu();

  const openWindow = () => {
    win = createMainWindow(settings, PRELOAD, nativeTheme.shouldUseDarkColors, (w) => update({ window: w }));
    win.on('closed', () => (win = null));
  };
  openWindow();
  void sessionReady.then(checkBudgets, () => undefined);
  const budgetTimer = setInterval(checkBudgets, BUDGET_CHECK_MS);

  app.on('second-instance', (_event, argv) => {
    if (!win) openWindow();
    else {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    const path = workspaceArg(argv);
    if (path) void switchTo((s) => s.api.openWorkspace({ path, create: true }));
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    clearInterval(budgetTimer);
    adapter.cancelAll();
    void sessionReady.then((s) => s.close()).catch(() => undefined);
  });
}

// one instance at a time: a second launch hands its arguments to the first and exits
if (!app.requestSingleInstanceLock()) app.quit();
else
  start().catch((err: unknown) => {
    dialog.showErrorBox('FinOps Workbench could not start', toApiError(err).message);
    app.exit(1);
  });
