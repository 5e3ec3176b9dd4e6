// AWS region codes and the display names CUR writes for them (product/location, the price list's
// names). CUR leaves product/location empty on some lines of a region (S3 and data transfer lines
// carry fromLocation/toLocation instead), and FOCUS 1.2 wants a RegionName on every row that has a
// RegionId, so the name comes from here when the line has none. A code not listed keeps its code
// as its name: a name, never a null beside a RegionId.
import { join, sql, type SqlQuery } from '../../sql/index.ts';

export const AWS_REGION_NAMES: Readonly<Record<string, string>> = {
  'us-east-1': 'US East (N. Virginia)',
  'us-east-2': 'US East (Ohio)',
  'us-west-1': 'US West (N. California)',
  'us-west-2': 'US West (Oregon)',
  'af-south-1': 'Africa (Cape Town)',
  'ap-east-1': 'Asia Pacific (Hong Kong)',
  'ap-south-1': 'Asia Pacific (Mumbai)',
  'ap-south-2': 'Asia Pacific (Hyderabad)',
  'ap-southeast-1': 'Asia Pacific (Singapore)',
  'ap-southeast-2': 'Asia Pacific (Sydney)',
  'ap-southeast-3': 'Asia Pacific (Jakarta)',
  'ap-southeast-4': 'Asia Pacific (Melbourne)',
  'ap-northeast-1': 'Asia Pacific (Tokyo)',
  'ap-northeast-2': 'Asia Pacific (Seoul)',
  'ap-northeast-3': 'Asia Pacific (Osaka)',
  'ca-central-1': 'Canada (Central)',
  'ca-west-1': 'Canada West (Calgary)',
  'eu-central-1': 'EU (Frankfurt)',
  'eu-central-2': 'EU (Zurich)',
  'eu-west-1': 'EU (Ireland)',
  'eu-west-2': 'EU (London)',
  'eu-west-3': 'EU (Paris)',
  'eu-south-1': 'EU (Milan)',
  'eu-south-2': 'EU (Spain)',
  'eu-north-1': 'EU (Stockholm)',
  'il-central-1': 'Israel (Tel Aviv)',
  'me-south-1': 'Middle East (Bahrain)',
  'me-central-1': 'Middle East (UAE)',
  'sa-east-1': 'South America (Sao Paulo)',
  'us-gov-east-1': 'AWS GovCloud (US-East)',
  'us-gov-west-1': 'AWS GovCloud (US-West)',
  global: 'Global',
};

/** The region name for a region code expression: the table above, else the code itself. */
export function awsRegionName(code: SqlQuery): SqlQuery {
  const arms = Object.entries(AWS_REGION_NAMES).map(([c, name]) => sql`WHEN ${c} THEN ${name}`);
  return sql`CASE ${code} ${join(arms, ' ')} ELSE ${code} END`;
}
