import { expect, it } from 'vitest';
import type { OptimizeChoice } from '../../../core/api/commitments-contract.ts';
import type { CommitmentChartColors } from './chart-colors.ts';
import { CURVE_NAMES, curveOption } from './curve-options.ts';

const colors = { text: '#000', muted: '#555', border: '#ccc', surface: '#fff', coverage: '#00f', utilization: '#0f0', savings: '#f0f', unused: '#f00', choice: '#fa0' } satisfies CommitmentChartColors;
const choice = (kind: OptimizeChoice['kind'], hourlyCommitment: number, monthlySavings: number): OptimizeChoice => ({ kind, hourlyCommitment, monthlySavings, coverage: 0.5, utilization: 1, roi: 0.1, breakEvenMonths: 0, upfront: 0, risk: [] });

it('the curve, the chosen commitments as one mark per amount, and the one in the builder', () => {
  const curve = [{ hourlyCommitment: 0, monthlySavings: 0, coverage: 0.86, utilization: null }, { hourlyCommitment: 0.083, monthlySavings: 20.2, coverage: 0.95, utilization: 0.667 }];
  const o = curveOption(curve, [choice('max-savings', 0.083, 20.2), choice('target-coverage', 0, 0), choice('conservative', 0, 0)], { hourlyCommitment: 0.1, monthlySavings: 16.06 }, 'USD', colors) as { series: { name: string; data: unknown[] }[] };
  expect(o.series.map((s) => s.name)).toEqual([CURVE_NAMES.curve, CURVE_NAMES.choices, CURVE_NAMES.current]);
  expect(o.series[0]!.data).toEqual([[0, 0], [0.083, 20.2]]);
  expect(o.series[1]!.data).toEqual([{ name: 'max-savings', value: [0.083, 20.2] }, { name: 'target-coverage conservative', value: [0, 0] }]);
  expect(o.series[2]!.data).toEqual([[0.1, 16.06]]);
});

it('no builder point before a simulation', () => {
  const o = curveOption([], [], null, null, colors) as { series: unknown[] };
  expect(o.series).toHaveLength(2);
});
