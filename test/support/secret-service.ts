// Whether a real Secret Service answers on the session bus; null when it does, else why not.
import { execFileSync } from 'node:child_process';

export const SECRET_SERVICE_HINT = 'run under dbus-run-session with gnome-keyring-daemon --unlock, as .ci/run does';

export function secretServiceMissing(): string | null {
  if (!process.env.DBUS_SESSION_BUS_ADDRESS) return 'no D-Bus session (DBUS_SESSION_BUS_ADDRESS is unset)';
  try {
    const names = execFileSync('dbus-send', ['--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.ListNames'], { encoding: 'utf8' });
    if (!names.includes('org.freedesktop.secrets')) return 'no Secret Service (org.freedesktop.secrets) on the session bus';
  } catch (err) {
    return `the session bus cannot be asked (${(err as Error).message.split('\n')[0]})`;
  }
  return null;
}
