// Dates inside the generated range, named by the fraction of the range they fall at, so the
// stories (migrations, anomalies, purchases) land inside any range from one month to years.
import { DAY } from './calendar.ts';

export class Timeline {
  constructor(
    readonly start: number,
    readonly end: number,
  ) {}

  get days(): number {
    return (this.end - this.start) / DAY;
  }

  /** Midnight UTC of the day at `fraction` of the range (0 = first day). */
  at(fraction: number): number {
    const day = Math.min(Math.max(0, Math.floor(fraction * this.days)), this.days - 1);
    return this.start + day * DAY;
  }

  contains(t: number): boolean {
    return t >= this.start && t < this.end;
  }
}
