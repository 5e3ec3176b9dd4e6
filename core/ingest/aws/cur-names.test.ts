import { describe, expect, it } from 'vitest';
import { curSlashToSnake, tagKeyFromLegacy, tagKeyFromSnake } from './cur-names.ts';

describe('CUR column names', () => {
  it('converts slash names to the Athena snake_case names', () => {
    expect(curSlashToSnake('lineItem/UnblendedCost')).toBe('line_item_unblended_cost');
    expect(curSlashToSnake('bill/PayerAccountId')).toBe('bill_payer_account_id');
    expect(curSlashToSnake('savingsPlan/SavingsPlanARN')).toBe('savings_plan_savings_plan_a_r_n');
    expect(curSlashToSnake('reservation/ReservationARN')).toBe('reservation_reservation_a_r_n');
    expect(curSlashToSnake('pricing/publicOnDemandRate')).toBe('pricing_public_on_demand_rate');
    expect(curSlashToSnake('product/instanceType')).toBe('product_instance_type');
    expect(curSlashToSnake('product/vcpu')).toBe('product_vcpu');
    expect(curSlashToSnake('identity/LineItemId')).toBe('identity_line_item_id');
  });

  it('names tags as the workspace stores them', () => {
    expect(tagKeyFromLegacy('resourceTags/user:Team')).toBe('Team');
    expect(tagKeyFromLegacy('resourceTags/user:cost-center')).toBe('cost-center');
    expect(tagKeyFromLegacy('resourceTags/aws:createdBy')).toBe('aws:createdBy');
    expect(tagKeyFromSnake('user_team')).toBe('team');
    expect(tagKeyFromSnake('aws_created_by')).toBe('aws:created_by');
  });
});
