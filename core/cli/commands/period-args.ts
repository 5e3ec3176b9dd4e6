// --from / --to on the command line → the API's period, which is half-open [from, to) in UTC
// days. People name months, so a flag may be a day, a month or a year:
//   --from 2026-08     the period starts on 2026-08-01
//   --to   2026-10     through the end of October (to = 2026-11-01)
//   --to   2026-10-15  up to that day, not including it (to = 2026-10-15, as the API's period.to)
//   --from 2026 / --to 2026   from 1 January / through 31 December
// A day keeps the API's meaning so existing scripts get the same numbers; a month or a year
// given to --to means the whole of it. Human output prints the period back inclusively.
import { ErrorCode, WorkbenchError } from '../../api/errors.ts';

export interface FlagPeriod {
  from?: string;
  to?: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

const iso = (d: Date) => d.toISOString().slice(0, 10);

function bad(flag: string, text: string): WorkbenchError {
  return new WorkbenchError(
    ErrorCode.BAD_REQUEST,
    `${flag} "${text}" is not a date: write a day (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY), e.g. ${flag} 2026-08.`,
    { flag, value: text },
  );
}

/** The first day of what the text names, and the first day after it. */
function span(flag: string, text: string): { start: string; next: string; exactDay: boolean } {
  const t = text.trim();
  let m = DAY.exec(t);
  if (m) {
    const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
    if (iso(d) !== t) throw bad(flag, text);
    return { start: t, next: iso(new Date(d.getTime() + 86_400_000)), exactDay: true };
  }
  m = MONTH.exec(t);
  if (m) {
    const month = +m[2]!;
    if (month < 1 || month > 12) throw bad(flag, text);
    return { start: iso(new Date(Date.UTC(+m[1]!, month - 1, 1))), next: iso(new Date(Date.UTC(+m[1]!, month, 1))), exactDay: false };
  }
  m = YEAR.exec(t);
  if (m) return { start: `${m[1]}-01-01`, next: `${+m[1]! + 1}-01-01`, exactDay: false };
  throw bad(flag, text);
}

export function periodFromFlags(from: string | undefined, to: string | undefined): FlagPeriod {
  const period: FlagPeriod = {};
  if (from !== undefined) period.from = span('--from', from).start;
  if (to !== undefined) {
    const s = span('--to', to);
    period.to = s.exactDay ? s.start : s.next;
  }
  if (period.from && period.to && period.from >= period.to) {
    throw new WorkbenchError(
      ErrorCode.BAD_REQUEST,
      `--from ${from} is not before --to ${to}, so the period is empty. A month or year given to --to counts whole (--to 2026-10 is through 31 October); a day given to --to is not included.`,
      { from: period.from, to: period.to },
    );
  }
  return period;
}

/** The period in words, both ends included: "2026-08-01 to 2026-10-31", "from 2026-08-01", "all dates". */
export function describePeriod(period: FlagPeriod): string {
  const last = period.to ? iso(new Date(Date.parse(`${period.to}T00:00:00Z`) - 86_400_000)) : null;
  if (period.from && last) return `${period.from} to ${last}`;
  if (period.from) return `from ${period.from}`;
  if (last) return `through ${last}`;
  return 'all dates';
}
