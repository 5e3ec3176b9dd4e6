import { expect, it } from 'vitest';
import { checkFields, monthlySavings, optimizeSpec, whatIfSpec, type BuilderFields } from './whatif-model.ts';
import { statusSpec, windowDays } from './window.ts';

const fields: BuilderFields = { type: 'ComputeSavingsPlan', term: '1y', payment: 'NoUpfront', hourly: '2.5', lookbackDays: 30, ratePct: '', scope: '', region: '' };

it('the builder’s fields are checked before anything is sent', () => {
  expect(checkFields(fields)).toEqual({ ok: true, hourly: 2.5, rate: undefined });
  expect(checkFields({ ...fields, ratePct: '72' })).toEqual({ ok: true, hourly: 2.5, rate: 0.72 });
  expect(checkFields({ ...fields, ratePct: '72%' })).toEqual({ ok: true, hourly: 2.5, rate: 0.72 });
  expect(checkFields({ ...fields, hourly: '' })).toMatchObject({ ok: false, field: 'hourly' });
  expect(checkFields({ ...fields, hourly: '-1' })).toMatchObject({ ok: false, field: 'hourly' });
  expect(checkFields({ ...fields, hourly: 'abc' })).toMatchObject({ ok: false, field: 'hourly' });
  expect(checkFields({ ...fields, ratePct: '0' })).toMatchObject({ ok: false, field: 'rate' });
  expect(checkFields({ ...fields, ratePct: '120' })).toMatchObject({ ok: false, field: 'rate' });
});

it('a window of whole months: to is the 1st of the month after the last', () => {
  expect(windowDays({ fromMonth: '', toMonth: '' })).toEqual({});
  expect(windowDays({ fromMonth: '2026-08', toMonth: '2026-12' })).toEqual({ from: '2026-08-01', to: '2027-01-01' });
  expect(statusSpec({ fromMonth: '', toMonth: '2026-09' }, 'Contracted')).toEqual({ kind: 'commitments-status', version: 1, basis: 'Contracted', to: '2026-10-01' });
});

it('the what-if spec looks back from the end of the window', () => {
  expect(whatIfSpec(fields, 2.5, 0.72, { fromMonth: '2026-08', toMonth: '2026-09' }, 'List')).toEqual({
    kind: 'commitments-whatif', version: 1, type: 'ComputeSavingsPlan', term: '1y', payment: 'NoUpfront', hourlyCommitment: 2.5, rate: 0.72, to: '2026-10-01', lookbackDays: 30, basis: 'List',
  });
  expect(whatIfSpec(fields, 1, undefined, { fromMonth: '', toMonth: '' }, 'List')).not.toHaveProperty('rate');
});

it('savings a month: over 720 hours $256.21 saved is $259.77 in a 730-hour month', () => {
  // 256.213853 ÷ 720 = 0.35585257…; × 730 = 259.77238…
  expect(monthlySavings({ netSavings: 256.213853, hours: 720 })).toBeCloseTo(259.77238, 5);
  expect(monthlySavings({ netSavings: 0, hours: 0 })).toBeNull();
});

it('an EC2 Instance SP is asked for by family and an RI by instance type, each in a region; empty means the engine picks', () => {
  const ri: BuilderFields = { ...fields, type: 'ReservedInstance', scope: ' m5.large ', region: 'us-east-1' };
  expect(whatIfSpec(ri, 2.5, undefined, { fromMonth: '', toMonth: '' }, 'List')).toEqual({
    kind: 'commitments-whatif', version: 1, type: 'ReservedInstance', term: '1y', payment: 'NoUpfront', hourlyCommitment: 2.5, instanceType: 'm5.large', region: 'us-east-1', lookbackDays: 30, basis: 'List',
  });
  expect(optimizeSpec(ri, undefined, { fromMonth: '', toMonth: '' }, 'List').scope).toEqual({ instance: 'm5.large', region: 'us-east-1' });
  const sp: BuilderFields = { ...fields, type: 'EC2InstanceSavingsPlan', scope: 'm5', region: '' };
  expect(whatIfSpec(sp, 1, undefined, { fromMonth: '', toMonth: '' }, 'List')).toMatchObject({ type: 'EC2InstanceSavingsPlan', family: 'm5' });
  expect(whatIfSpec(sp, 1, undefined, { fromMonth: '', toMonth: '' }, 'List')).not.toHaveProperty('region');
  expect(optimizeSpec({ ...sp, scope: '' }, undefined, { fromMonth: '', toMonth: '' }, 'List')).not.toHaveProperty('scope');
  // a Compute SP applies everywhere: scope fields left over from another type are not sent
  expect(whatIfSpec({ ...fields, scope: 'm5', region: 'us-east-1' }, 1, undefined, { fromMonth: '', toMonth: '' }, 'List')).not.toHaveProperty('family');
  expect(checkFields({ ...ri, scope: 'm5' })).toMatchObject({ ok: false, field: 'scope' });
  expect(checkFields({ ...ri, scope: 'M5.Large' })).toMatchObject({ ok: false, field: 'scope' });
  expect(checkFields({ ...ri, region: 'us east' })).toMatchObject({ ok: false, field: 'region' });
  expect(checkFields(sp)).toEqual({ ok: true, hourly: 2.5, rate: undefined });
});
