// The packaged app is built with Electron's fuses flipped so that the binary cannot be turned
// into a general Node runtime or debugged into (ELECTRON_RUN_AS_NODE, NODE_OPTIONS, --inspect),
// and loads only the integrity-checked app.asar. electron-builder flips them from this config.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const yaml = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };
const config = yaml.load(readFileSync(join(import.meta.dirname, '..', 'electron-builder.yml'), 'utf8')) as { electronFuses?: Record<string, boolean>; asar?: boolean };

describe('electron-builder fuses', () => {
  it('turns off running as Node, NODE_OPTIONS and the inspector', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false });
  });
  it('loads only the app.asar, checks its integrity, and encrypts cookies', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({ onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true, enableCookieEncryption: true });
  });
  it('gives file:// pages no extra privileges (the app serves itself from app://)', () => {
    expect(config.electronFuses).toMatchObject({ grantFileProtocolExtraPrivileges: false });
  });
});
