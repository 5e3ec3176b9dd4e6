// The month picker views share (Review's month, Commitments' From and To, Chargeback's billing
// period): months as the workspace holds them (YYYY-MM) in the order the view gives, shown as
// "Oct 2026"; an optional first choice for no month (`empty`, value ''); `inline` keeps the label
// for screen readers only, where the heading beside it says what the month is for.
import { formatPeriod } from '../format.ts';

interface Props {
  label: string;
  months: readonly string[];
  value: string;
  onChange: (month: string) => void;
  empty?: string;
  inline?: boolean;
  testId?: string;
}

export function MonthSelect({ label, months, value, onChange, empty, inline = false, testId }: Props) {
  return (
    <label className={inline ? 'control inline' : 'control'}>
      <span className={inline ? 'sr-only' : 'label'}>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {empty !== undefined && <option value="">{empty}</option>}
        {months.map((m) => (
          <option key={m} value={m}>
            {formatPeriod(m)}
          </option>
        ))}
      </select>
    </label>
  );
}
