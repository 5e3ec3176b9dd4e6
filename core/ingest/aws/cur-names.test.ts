import { describe, expect, it } from 'vitest';
import { awsSnakeName, awsTagKey, curSlashToSnake, tagKeyFromLegacy, tagKeyFromSnake } from './cur-names.ts';

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

  it('follows AWS’s documented Athena rule, tags included', () => {
    // the CUR user guide's own example
    expect(awsSnakeName('ExampleColumnName : Example Column Name Continued')).toBe('example_column_name_example_column_name_continued');
    expect(awsSnakeName('resourceTags/user:cost-center')).toBe('resource_tags_user_cost_center');
    expect(awsSnakeName('resourceTags/user:Team ')).toBe('resource_tags_user_team');
    expect(awsSnakeName('resourceTags/aws:cloudformation:stack-name')).toBe('resource_tags_aws_cloudformation_stack_name');
  });

  it('names the CUR 2.0 key of a workspace tag key', () => {
    expect(awsTagKey('Team')).toBe('user_team');
    expect(awsTagKey('team')).toBe('user_team');
    expect(awsTagKey('CostCenter')).toBe('user_cost_center');
    expect(awsTagKey('cost-center')).toBe('user_cost_center');
    expect(awsTagKey('aws:createdBy')).toBe('aws_created_by');
    expect(awsTagKey('aws:created_by')).toBe('aws_created_by');
  });
});
