// The what-if's fields: type, term, payment, hourly amount, where it applies (EC2 Instance SP:
// family and region; RI: instance type and region; both optional), lookback and (optional) rate. Simulate
// (or Enter in any field) sends them; a field that cannot be sent says why beside it. The type list
// is WHATIF_TYPES, so a type the engine learns is one entry there.
import { useId, type FormEvent } from 'react';
import { DEFAULT_LOOKBACK, LOOKBACK_CHOICES, PAYMENT_LABEL, PAYMENTS, SCOPE_FIELD, TERM_LABEL, TERMS, TYPE_LABEL, WHATIF_TYPES, type PaymentOption, type Term, type WhatIfType } from './words.ts';
import type { BuilderField, BuilderFields } from './whatif-model.ts';

interface Props {
  fields: BuilderFields;
  onChange: (f: BuilderFields) => void;
  onSimulate: () => void;
  problem: { field: BuilderField; message: string } | null;
  running: boolean;
}

export function WhatIfBuilder({ fields, onChange, onSimulate, problem, running }: Props) {
  const id = useId();
  const set = <K extends keyof BuilderFields>(k: K, v: BuilderFields[K]) => onChange({ ...fields, [k]: v });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSimulate();
  };
  const scopeField = SCOPE_FIELD[fields.type];
  const described = (f: BuilderField) => ({ 'aria-invalid': problem?.field === f, 'aria-describedby': problem?.field === f ? `${id}-problem` : undefined });
  const lookbacks = (LOOKBACK_CHOICES as readonly number[]).includes(fields.lookbackDays) ? LOOKBACK_CHOICES : [...LOOKBACK_CHOICES, fields.lookbackDays].sort((a, b) => a - b);
  return (
    <form className="controls cm-builder" onSubmit={submit} aria-label="What-if purchase" data-testid="whatif-builder">
      <label className="control">
        <span className="label">Type</span>
        <select value={fields.type} onChange={(e) => set('type', e.target.value as WhatIfType)} data-testid="whatif-type">
          {WHATIF_TYPES.map((t) => (
            <option key={t} value={t}>
              {TYPE_LABEL[t]}
            </option>
          ))}
        </select>
      </label>
      <label className="control">
        <span className="label">Term</span>
        <select value={fields.term} onChange={(e) => set('term', e.target.value as Term)} data-testid="whatif-term">
          {TERMS.map((t) => (
            <option key={t} value={t}>
              {TERM_LABEL[t]}
            </option>
          ))}
        </select>
      </label>
      <label className="control">
        <span className="label">Payment</span>
        <select value={fields.payment} onChange={(e) => set('payment', e.target.value as PaymentOption)} data-testid="whatif-payment">
          {PAYMENTS.map((p) => (
            <option key={p} value={p}>
              {PAYMENT_LABEL[p]}
            </option>
          ))}
        </select>
      </label>
      <label className="control">
        <span className="label">Commitment ($ an hour)</span>
        <input
          type="text"
          inputMode="decimal"
          className="cm-number"
          value={fields.hourly}
          onChange={(e) => set('hourly', e.target.value)}
          aria-invalid={problem?.field === 'hourly'}
          aria-describedby={problem?.field === 'hourly' ? `${id}-problem` : undefined}
          data-testid="whatif-hourly"
        />
      </label>
      {scopeField && (
        <>
          <label className="control">
            <span className="label">{scopeField.label}</span>
            <input type="text" className="cm-name" placeholder="most spend" value={fields.scope} onChange={(e) => set('scope', e.target.value)} {...described('scope')}
              title={`For example ${scopeField.example}. Empty: the ${scopeField.label.toLowerCase()} with the most on-demand spend left`} data-testid="whatif-scope" />
          </label>
          <label className="control">
            <span className="label">Region</span>
            <input type="text" className="cm-name" placeholder="most spend" value={fields.region} onChange={(e) => set('region', e.target.value)} {...described('region')}
              title="For example us-east-1. Empty: the region with the most on-demand spend left" data-testid="whatif-region" />
          </label>
        </>
      )}
      <label className="control">
        <span className="label">Look back</span>
        <select value={fields.lookbackDays} onChange={(e) => set('lookbackDays', Number(e.target.value))} data-testid="whatif-lookback">
          {lookbacks.map((d) => (
            <option key={d} value={d}>
              {d} days{d === DEFAULT_LOOKBACK ? ' (AWS’s default)' : ''}
            </option>
          ))}
        </select>
      </label>
      <label className="control">
        <span className="label">Price, % of on demand</span>
        <input
          type="text"
          inputMode="decimal"
          className="cm-number"
          placeholder="automatic"
          value={fields.ratePct}
          onChange={(e) => set('ratePct', e.target.value)}
          aria-invalid={problem?.field === 'rate'}
          aria-describedby={problem?.field === 'rate' ? `${id}-problem` : undefined}
          title="72 means 28% off on demand. Empty: the workspace's rate table, else the rate observed on commitments of this type held, else the shipped default"
          data-testid="whatif-rate"
        />
      </label>
      <button type="submit" className="primary" disabled={running} data-testid="whatif-simulate">
        {running ? 'Simulating…' : 'Simulate'}
      </button>
      {problem && (
        <p className="error-text small cm-problem" id={`${id}-problem`} role="alert">
          {problem.message}
        </p>
      )}
    </form>
  );
}
