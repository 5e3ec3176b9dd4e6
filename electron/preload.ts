// Preload (sandboxed, bundled to one CommonJS file): exposes window.workbench and nothing else.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { APP_METHOD_NAMES, shellRequestSchemas } from '../core/api/app-contract.ts';
import { createBridge } from './preload-bridge.ts';

const allowed = [...APP_METHOD_NAMES, ...Object.keys(shellRequestSchemas)];
contextBridge.exposeInMainWorld('workbench', createBridge(ipcRenderer, allowed, (file) => webUtils.getPathForFile(file)));
