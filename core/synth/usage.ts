// How much of each meter is used in a step: the realistic shape of a bill. Instances run all the
// time or office hours (weekdays 08:00-20:00 UTC); storage grows slowly; traffic follows the day
// (peak mid-afternoon UTC), the week (quieter weekends), a monthly trend and a little noise.
// Every value is an integer at the item's quantity scale, from stateless noise keyed by item and time.
import type { Item } from './model.ts';
import { DAY, HOUR, hourOfDay, isWeekend } from './calendar.ts';
import { noise } from './rng.ts';

const OFFICE_START = 8;
const OFFICE_END = 20;
const MONTH_SECONDS = 30.4375 * DAY;

function officeHours(t: number, stepSec: number): number {
  if (isWeekend(t)) return 0;
  if (stepSec === DAY) return OFFICE_END - OFFICE_START;
  const h = hourOfDay(t);
  return h >= OFFICE_START && h < OFFICE_END ? 1 : 0;
}

function diurnal(hour: number, amplitude: number): number {
  return 1 + amplitude * Math.sin((2 * Math.PI * (hour - 9)) / 24);
}

export interface UsageContext {
  seedKey: number;
  rangeStart: number;
  stepSec: number;
  /** Hours in the billing month of the step (storage is billed in GB-months). */
  monthHours: number;
}

/** The quantity of `item` in the step starting at t, before any spike. 0 means no line. */
export function baseAmount(item: Item, t: number, ctx: UsageContext): number {
  const p = item.profile;
  const unit = 10 ** item.amountScale;
  const stepHours = ctx.stepSec / HOUR;
  switch (p.kind) {
    case 'always':
      return stepHours * unit;
    case 'office-hours':
      return officeHours(t, ctx.stepSec) * unit;
    case 'storage': {
      const months = (t - ctx.rangeStart) / MONTH_SECONDS;
      const size = p.sizeUnits * (1 + p.growthPerMonth) ** months;
      return Math.round(((size * stepHours) / ctx.monthHours) * unit);
    }
    case 'traffic': {
      const months = (t - ctx.rangeStart) / MONTH_SECONDS;
      const trend = (1 + p.growthPerMonth) ** months;
      const week = isWeekend(t) ? p.weekendFactor : 1;
      const shape = ctx.stepSec === DAY ? 24 : diurnal(hourOfDay(t), p.diurnal);
      const jitter = 1 + p.jitter * (2 * noise(ctx.seedKey, item.index, t / HOUR) - 1);
      return Math.round(p.perHour * shape * week * trend * jitter * unit);
    }
    case 'none':
      return 0;
  }
}

/** The spike factor on `item` at t (1 outside any spike). */
export function spikeFactor(item: Item, t: number): number {
  const s = item.spike;
  return s && t >= s.start && t < s.end ? s.factor : 1;
}
