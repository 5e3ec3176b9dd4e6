// The live preview: the engine runs the rules being edited a moment after the last change
// (PREVIEW_DELAY_MS), and only the newest request's answer is shown: an answer to rules the
// person has already changed is dropped. The last result stays on screen, marked as updating,
// while the next one runs; rules with a problem in the editor are not sent at all.
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../core/api/errors.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { toError } from '../frame/use-workspace.ts';
import type { ChargebackResult, ChargebackSpec } from './types.ts';

export const PREVIEW_DELAY_MS = 300;

export interface Preview {
  result: ChargebackResult | null;
  /** The spec the result answers. */
  spec: ChargebackSpec | null;
  error: ApiError | null;
  running: boolean;
}

/** generation: bump it to run the same spec again (the account → owner map changed). */
export function usePreview(client: WorkbenchClient, spec: ChargebackSpec | null, generation = 0): Preview {
  const [state, setState] = useState<Preview>({ result: null, spec: null, error: null, running: false });
  const latest = useRef(0);
  // as text: an equal spec made again (a re-render) must not run the engine again
  const key = spec ? JSON.stringify(spec) : null;

  useEffect(() => {
    const ticket = ++latest.current;
    if (key === null) {
      setState((s) => ({ ...s, running: false }));
      return;
    }
    setState((s) => ({ ...s, running: true }));
    const timer = setTimeout(() => {
      const sent = JSON.parse(key) as ChargebackSpec;
      client.call('chargeback', { spec: sent }).then(
        (result) => ticket === latest.current && setState({ result, spec: sent, error: null, running: false }),
        (err: unknown) => ticket === latest.current && setState((s) => ({ ...s, error: toError(err), running: false })),
      );
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [client, key, generation]);

  return state;
}
