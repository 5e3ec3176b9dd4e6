import { describe, expect, it } from 'vitest';
import { drillColumns, drillSort, drillWhere } from './drill-query.ts';

describe('drill-down sort and filter models', () => {
  it('shows the cost basis first, then the other costs, unit prices, usage and the pivot\'s dimension columns, each column once', () => {
    const cols = drillColumns('BilledCost', ['x_InstanceType', 'ServiceName']);
    expect(cols.slice(0, 13)).toEqual([
      'ChargePeriodStart', 'BilledCost', 'EffectiveCost', 'ListCost', 'ContractedCost', 'ListUnitPrice', 'ContractedUnitPrice',
      'ConsumedQuantity', 'ConsumedUnit', 'ServiceName', 'SubAccountName', 'x_InstanceType', 'ResourceId',
    ]);
    expect(new Set(cols).size).toBe(cols.length);
  });

  it('maps the sort model in order', () => {
    expect(drillSort([{ colId: 'EffectiveCost', sort: 'desc' }, { colId: 'ServiceName', sort: 'asc' }])).toEqual([
      { column: 'EffectiveCost', direction: 'desc' },
      { column: 'ServiceName', direction: 'asc' },
    ]);
  });

  it('maps text, number and date filters onto the engine operators', () => {
    expect(
      drillWhere({
        ResourceId: { filterType: 'text', type: 'contains', filter: "i-0'; --" },
        SubAccountName: { filterType: 'text', type: 'notEqual', filter: 'dev' },
        RegionId: { filterType: 'text', type: 'blank' },
        EffectiveCost: { filterType: 'number', type: 'equals', filter: 90 },
        BilledCost: { filterType: 'number', type: 'inRange', filter: 1, filterTo: 5 },
        ChargePeriodStart: { filterType: 'date', type: 'equals', dateFrom: '2026-02-28 00:00:00' },
      }),
    ).toEqual([
      { column: 'ResourceId', op: 'contains', value: "i-0'; --" },
      { column: 'SubAccountName', op: 'ne', value: 'dev' },
      { column: 'RegionId', op: 'isNull' },
      { column: 'EffectiveCost', op: 'gte', value: 90 },
      { column: 'EffectiveCost', op: 'lte', value: 90 },
      { column: 'BilledCost', op: 'gte', value: 1 },
      { column: 'BilledCost', op: 'lte', value: 5 },
      { column: 'ChargePeriodStart', op: 'gte', value: '2026-02-28' },
      { column: 'ChargePeriodStart', op: 'lt', value: '2026-03-01' },
    ]);
  });

  it('reads a date "after" as from the next day and drops incomplete filters', () => {
    expect(drillWhere({ ChargePeriodStart: { filterType: 'date', type: 'greaterThan', dateFrom: '2026-12-31' } })).toEqual([{ column: 'ChargePeriodStart', op: 'gte', value: '2027-01-01' }]);
    expect(drillWhere({ EffectiveCost: { filterType: 'number', type: 'inRange', filter: 1, filterTo: null }, ServiceName: { filterType: 'text', type: 'contains', filter: '' } })).toEqual([]);
    expect(drillWhere(null)).toEqual([]);
  });
});
