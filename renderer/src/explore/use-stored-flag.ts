// A yes/no the person chose that outlives a reload (which panels they folded away), kept in
// localStorage under the app's prefix; a browser that refuses storage just forgets it.
import { useCallback, useState } from 'react';

const PREFIX = 'finops-workbench.';

export function useStoredFlag(key: string, initial: boolean): [boolean, (on: boolean) => void] {
  const [value, setValue] = useState(() => {
    try {
      const v = localStorage.getItem(PREFIX + key);
      return v === null ? initial : v === 'true';
    } catch {
      return initial;
    }
  });
  const set = useCallback(
    (on: boolean) => {
      setValue(on);
      try {
        localStorage.setItem(PREFIX + key, String(on));
      } catch {
        // storage refused (private mode): the choice lasts for this page only
      }
    },
    [key],
  );
  return [value, set];
}
