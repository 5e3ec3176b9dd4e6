// The columns a rule reads decide whose error it is: each list below is read off the rule's
// requirement by hand (row-rules.ts), not from the code under test.
import { describe, expect, it } from 'vitest';
import { ROW_RULE_READS, ROW_RULES } from './index.ts';

const readsOf = (id: string) => ROW_RULE_READS[ROW_RULES.findIndex((r) => r.id === id)];

describe('columns a row rule reads', () => {
  it('names every FOCUS column of its predicate, in spec order, and nothing in a string literal', () => {
    expect(readsOf('contractedcost/unit-price-times-quantity')).toEqual(['ChargeClass', 'ContractedCost', 'ContractedUnitPrice', 'PricingQuantity']);
    expect(readsOf('effectivecost/credit-matches-billed')).toEqual(['BilledCost', 'ChargeCategory', 'EffectiveCost']);
    expect(readsOf('resourcetype/not-null-when-resourceid-set')).toEqual(['ResourceId', 'ResourceType']);
    expect(readsOf('servicesubcategory/allowed-values')).toEqual(['ServiceCategory', 'ServiceSubcategory']);
    expect(readsOf('listunitprice/non-negative')).toEqual(['ListUnitPrice']);
    // ListUnitPrice inside PricingCurrencyListUnitPrice is not ListUnitPrice
    expect(readsOf('pricingcurrencylistunitprice/non-negative')).toEqual(['PricingCurrencyListUnitPrice']);
  });
});
