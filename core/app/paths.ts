// Where the app keeps its own files when the user has not said: FINOPS_WORKBENCH_HOME, or
// ~/.finops-workbench. The desktop app passes its own folder (Electron's userData) instead.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function appHome(env: NodeJS.ProcessEnv = process.env): string {
  return env.FINOPS_WORKBENCH_HOME || join(homedir(), '.finops-workbench');
}

export function demoWorkspacePath(home: string = appHome()): string {
  return join(home, 'demo.duckdb');
}
