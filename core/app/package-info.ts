// Where the package's own files are (its root holds package.json, dist/, resources/), found by
// walking up from this module: the same answer whether it runs as TypeScript from a checkout
// (core/app/) or compiled into one file of an installed package (dist/cli/).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ErrorCode, WorkbenchError } from '../api/errors.ts';

export const PACKAGE_NAME = 'finops-workbench';

/** The nearest folder at or above `from` whose package.json is this package's. */
export function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE_NAME) return dir;
    if (dirname(dir) === dir) {
      throw new WorkbenchError(ErrorCode.PACKAGE_INCOMPLETE, `No package.json of ${PACKAGE_NAME} in ${from} or any folder above it: the installation is incomplete. Reinstall finops-workbench.`);
    }
  }
}

export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

export const PACKAGE_VERSION = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
