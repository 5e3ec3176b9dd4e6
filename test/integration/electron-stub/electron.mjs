// A recording stand-in for the `electron` module, so the bundled main process can be loaded by
// plain Node in tests: it records windows, IPC handlers, protocol handlers and menus.
import { EventEmitter } from 'node:events';

export const recorded = { windows: [], ipc: new Map(), protocols: new Map(), schemes: [], menu: null, sandbox: false, notifications: [], userData: process.env.FINOPS_WORKBENCH_HOME };
globalThis.__electronStub = recorded;

class Emitter extends EventEmitter {}

export const app = Object.assign(new Emitter(), {
  isPackaged: false,
  whenReady: () => Promise.resolve(),
  getPath: () => recorded.userData,
  setPath: (_n, p) => (recorded.userData = p),
  enableSandbox: () => (recorded.sandbox = true),
  requestSingleInstanceLock: () => true,
  getVersion: () => '0.0.0-test',
  quit: () => undefined,
  exit: () => undefined,
});

class WebContents extends Emitter {
  constructor() {
    super();
    this.sent = [];
    this.session = { setPermissionRequestHandler: (h) => (this.permissionHandler = h), setPermissionCheckHandler: (h) => (this.permissionCheck = h) };
  }
  setWindowOpenHandler(h) {
    this.windowOpenHandler = h;
  }
  send(channel, data) {
    this.sent.push([channel, data]);
  }
}

export class BrowserWindow extends Emitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    recorded.windows.push(this);
  }
  static getAllWindows() {
    return recorded.windows;
  }
  loadURL(url) {
    this.url = url;
    return Promise.resolve();
  }
  maximize() {}
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  isMaximized() {
    return false;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1280, height: 820 };
  }
  setProgressBar() {}
  show() {}
  focus() {}
  restore() {}
}

export const ipcMain = { handle: (channel, fn) => recorded.ipc.set(channel, fn) };
export const protocol = { registerSchemesAsPrivileged: (s) => recorded.schemes.push(...s), handle: (scheme, fn) => recorded.protocols.set(scheme, fn) };
export const Menu = { buildFromTemplate: (t) => t, setApplicationMenu: (m) => (recorded.menu = m) };
export const nativeTheme = { shouldUseDarkColors: false };
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
export const dialog = { showErrorBox: (t, m) => recorded.errors?.push([t, m]), showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: true }), showMessageBox: async () => ({}) };
export const shell = { openExternal: async () => undefined };
export const contextBridge = { exposeInMainWorld: (k, v) => (globalThis[k] = v) };
export const ipcRenderer = { invoke: async () => undefined, on: () => undefined, removeListener: () => undefined };
export const webUtils = { getPathForFile: () => '' };
// budget alerts (electron/budget-alerts.ts): shown notifications are recorded
export class Notification extends Emitter {
  static isSupported() {
    return true;
  }
  constructor(options) {
    super();
    this.options = options;
  }
  show() {
    recorded.notifications.push(this.options);
  }
}
export default { app, BrowserWindow, ipcMain, protocol, Menu, nativeTheme, Notification, screen, dialog, shell };
