// The what-if part of the view: the builder, the simulated purchase, and the optimizer's curve for
// the builder's type, term, payment and lookback. The curve is drawn as the view opens (its chosen
// commitments are where most people start); a purchase is simulated on Simulate, or on a click on
// a chosen commitment, which first puts its amount in the builder.
import { useCallback, useMemo, useState } from 'react';
import type { WhatIfSpec } from '../../../core/api/commitments-contract.ts';
import type { WorkbenchClient } from '../api/client.ts';
import { ErrorNotice } from '../data/ErrorNotice.tsx';
import { ElapsedProgress } from '../frame/ElapsedProgress.tsx';
import type { ThemeMode } from '../explore/use-theme-mode.ts';
import { SavingsCurve } from './SavingsCurve.tsx';
import { useEngineCall } from './use-engine-call.ts';
import { WhatIfBuilder } from './WhatIfBuilder.tsx';
import { WhatIfResultPanel } from './WhatIfResultPanel.tsx';
import { checkFields, monthlySavings, optimizeSpec, whatIfSpec, type BuilderField, type BuilderFields } from './whatif-model.ts';
import type { CommitmentsWindow } from './window.ts';
import { DEFAULT_HOURLY, DEFAULT_LOOKBACK, WHATIF_TYPES, type OnDemandBasis } from './words.ts';

interface Props {
  client: WorkbenchClient;
  window: CommitmentsWindow;
  basis: OnDemandBasis;
  currency: string | null;
  mode: ThemeMode;
}

const START: BuilderFields = { type: WHATIF_TYPES[0], term: '1y', payment: 'NoUpfront', hourly: String(DEFAULT_HOURLY), lookbackDays: DEFAULT_LOOKBACK, ratePct: '', scope: '', region: '' };
const WHATIF_NOTE = 'Applying the commitment hour by hour to the eligible usage of the lookback, after the commitments held.';
const CURVE_NOTE = 'Simulating commitments from nothing to the peak of eligible usage, hour by hour, to find where savings are highest.';

/** A short amount for the builder's field: cents where they matter, no float noise. */
const amountText = (v: number) => String(Math.round(v * 1e4) / 1e4);

export function WhatIfPanel({ client, window, basis, currency, mode }: Props) {
  const [fields, setFields] = useState<BuilderFields>(START);
  const [problem, setProblem] = useState<{ field: BuilderField; message: string } | null>(null);
  // what was last sent: the what-if (null until the first Simulate) and the fields of the curve
  const [sent, setSent] = useState<{ fields: BuilderFields; hourly: number; rate: number | undefined } | null>(null);
  const [curveFields, setCurveFields] = useState<{ fields: BuilderFields; rate: number | undefined }>({ fields: START, rate: undefined });

  // The spec is built as the schema's input (add and remove left to their defaults); the contract's
  // request type is the parsed output, and the server parses every request, so the cast is safe.
  const whatIfRequest = useMemo(() => (sent ? { spec: whatIfSpec(sent.fields, sent.hourly, sent.rate, window, basis) as WhatIfSpec } : null), [sent, window, basis]);
  const optimizeRequest = useMemo(() => ({ spec: optimizeSpec(curveFields.fields, curveFields.rate, window, basis) }), [curveFields, window, basis]);
  const whatIf = useEngineCall(client, 'commitmentsWhatIf', whatIfRequest);
  const optimize = useEngineCall(client, 'commitmentsOptimize', optimizeRequest);

  const simulate = useCallback(
    (f: BuilderFields) => {
      const check = checkFields(f);
      if (!check.ok) {
        setProblem({ field: check.field, message: check.message });
        return;
      }
      setProblem(null);
      setSent({ fields: f, hourly: check.hourly, rate: check.rate });
      setCurveFields({ fields: f, rate: check.rate });
    },
    [],
  );
  const pick = useCallback(
    (hourly: number) => {
      const f = { ...fields, hourly: amountText(hourly) };
      setFields(f);
      simulate(f);
    },
    [fields, simulate],
  );

  const r = whatIf.result;
  const added = r?.added[0];
  const current = r && added ? { hourlyCommitment: added.hourlyCommitment, monthlySavings: monthlySavings(r) ?? 0 } : null;
  return (
    <section className="card cm-whatif" aria-labelledby="cm-whatif-title">
      <h2 id="cm-whatif-title">What if you bought more?</h2>
      <p className="muted small">Simulate one more commitment on the usage of a lookback ending with the window, after the commitments held; or pick one of the optimizer’s chosen commitments on the curve.</p>
      <WhatIfBuilder fields={fields} onChange={setFields} onSimulate={() => simulate(fields)} problem={problem} running={whatIf.running} />
      <div className="cm-whatif-grid">
        <div className="cm-whatif-main" data-testid="whatif-main">
          {whatIf.error && <ErrorNotice error={whatIf.error} title="Could not simulate this purchase" />}
          {whatIf.running && whatIf.startedAt !== null && <ElapsedProgress kind="whatif" message="Simulating the purchase…" note={WHATIF_NOTE} startedAt={whatIf.startedAt} compact={r !== null} />}
          {r && <WhatIfResultPanel result={r} currency={currency} mode={mode} stale={whatIf.running} />}
          {!r && !whatIf.running && !whatIf.error && (
            <p className="muted" data-testid="whatif-empty">
              Set an hourly amount and press Simulate, or pick a chosen commitment on the curve.
            </p>
          )}
        </div>
        <div className="cm-whatif-side">
          <h3 className="cm-subhead">Savings by hourly commitment</h3>
          {optimize.error && <ErrorNotice error={optimize.error} title="Could not draw the savings curve" />}
          {optimize.running && optimize.startedAt !== null && <ElapsedProgress kind="curve" message="Drawing the savings curve…" note={CURVE_NOTE} startedAt={optimize.startedAt} compact={optimize.result !== null} />}
          {optimize.result && <SavingsCurve result={optimize.result} current={current} currency={currency} mode={mode} stale={optimize.running} onPick={pick} />}
        </div>
      </div>
    </section>
  );
}
