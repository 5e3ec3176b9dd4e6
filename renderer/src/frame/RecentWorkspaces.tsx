// Recent workspaces, as the desktop shell remembers them (browser mode keeps none).
import { useEffect, useState } from 'react';
import type { WorkbenchClient } from '../api/client.ts';
import { baseName } from '../format.ts';

interface Props {
  client: WorkbenchClient;
  current: string | undefined;
  disabled: boolean;
  onOpen: (path: string) => void;
}

export function RecentWorkspaces({ client, current, disabled, onOpen }: Props) {
  const [paths, setPaths] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    client
      .shell('recentWorkspaces', {})
      .then((r) => live && setPaths(r.paths))
      // the list is a convenience: without it the menu still opens files
      .catch(() => live && setPaths([]));
    return () => {
      live = false;
    };
  }, [client, current]);

  const others = paths.filter((p) => p !== current);
  if (!others.length) return null;
  return (
    <div className="ws-recent">
      <p className="label">Recent workspaces</p>
      <ul>
        {others.map((p) => (
          <li key={p}>
            <button type="button" className="ghost" disabled={disabled} onClick={() => onOpen(p)} title={p}>
              {baseName(p)} <span className="muted small">{p}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
