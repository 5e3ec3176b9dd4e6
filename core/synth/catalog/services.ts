// Billable meters of the services the organisation uses, with AWS product codes, usage types,
// operations, units and us-east-1 list prices. A meter becomes an Item once it belongs to a resource.
import { usd, roundRate } from '../money.ts';
import { hashString, mix3 } from '../rng.ts';
import type { Eligibility, Item } from '../model.ts';
import { usageType, type Region } from './regions.ts';
import { instanceType } from './ec2.ts';

export type MeterSpec = Pick<
  Item,
  | 'productCode' | 'productName' | 'serviceCode' | 'serviceCategory' | 'serviceSubcategory' | 'productFamily'
  | 'usageType' | 'operation' | 'unit' | 'description' | 'rateMu' | 'amountScale' | 'sku' | 'instanceType'
  | 'instanceFamily' | 'vcpu' | 'memoryGiB' | 'operatingSystem' | 'databaseEngine' | 'resourceType'
> & { eligibility: Eligibility | null };

interface Product {
  name: string;
  category: string;
  subcategory: string;
}

export const PRODUCTS: Record<string, Product> = {
  AmazonEC2: { name: 'Amazon Elastic Compute Cloud', category: 'Compute', subcategory: 'Virtual Machines' },
  AmazonS3: { name: 'Amazon Simple Storage Service', category: 'Storage', subcategory: 'Object Storage' },
  AmazonRDS: { name: 'Amazon Relational Database Service', category: 'Databases', subcategory: 'Relational Databases' },
  AWSLambda: { name: 'AWS Lambda', category: 'Compute', subcategory: 'Serverless Compute' },
  AmazonECS: { name: 'Amazon Elastic Container Service', category: 'Compute', subcategory: 'Containers' },
  AmazonCloudWatch: { name: 'AmazonCloudWatch', category: 'Management and Governance', subcategory: 'Observability' },
  AmazonSageMaker: { name: 'Amazon SageMaker', category: 'AI and Machine Learning', subcategory: 'Machine Learning' },
  AWSSupportBusiness: { name: 'AWS Support (Business)', category: 'Management and Governance', subcategory: 'Support' },
  ComputeSavingsPlans: { name: 'Savings Plans for AWS Compute usage', category: 'Compute', subcategory: 'Other (Compute)' },
};

const SKU_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A stable 16-character SKU for a meter, as the AWS price list shows them. */
export function skuFor(key: string): string {
  const h = hashString(key);
  let s = '';
  for (let i = 0; i < 16; i++) s += SKU_CHARS[mix3(h, i, 7) % SKU_CHARS.length];
  return s;
}

function product(code: string): Pick<MeterSpec, 'productCode' | 'productName' | 'serviceCategory' | 'serviceSubcategory'> {
  const p = PRODUCTS[code];
  if (!p) throw new Error(`unknown product ${code}`);
  return { productCode: code, productName: p.name, serviceCategory: p.category, serviceSubcategory: p.subcategory };
}

const NO_INSTANCE = { instanceType: null, instanceFamily: null, vcpu: null, memoryGiB: null, operatingSystem: null, databaseEngine: null };

function meter(
  code: string,
  r: Region,
  fields: { serviceCode?: string; family: string; usage: string; prefixed?: boolean; operation: string; unit: string; rate: string; scale: number; description: string; resourceType: string | null },
  extra: Partial<MeterSpec> = {},
): MeterSpec {
  const ut = usageType(r, fields.usage, fields.prefixed ?? false);
  return {
    ...product(code),
    ...NO_INSTANCE,
    serviceCode: fields.serviceCode ?? code,
    productFamily: fields.family,
    usageType: ut,
    operation: fields.operation,
    unit: fields.unit,
    rateMu: usd(fields.rate),
    amountScale: fields.scale,
    description: fields.description,
    sku: skuFor(`${code}/${ut}/${fields.operation}`),
    resourceType: fields.resourceType,
    eligibility: null,
    ...extra,
  };
}

/** Compute prices scale by region and are listed to 4 decimals. */
function regionalHourly(base: string, r: Region): string {
  return (roundRate(usd(base) * r.priceFactor, 4) / 1e10).toFixed(4);
}

export function ec2Instance(r: Region, typeName: string): MeterSpec {
  const t = instanceType(typeName);
  const rate = regionalHourly(t.onDemand, r);
  return meter(
    'AmazonEC2', r,
    { family: 'Compute Instance', usage: `BoxUsage:${t.name}`, operation: 'RunInstances', unit: 'Hrs', rate, scale: 3, description: `$${Number(rate)} per On Demand Linux ${t.name} Instance Hour`, resourceType: 'Instance' },
    {
      instanceType: t.name, instanceFamily: t.family, vcpu: t.vcpu, memoryGiB: t.memoryGiB, operatingSystem: 'Linux',
      eligibility: { computeSp: true, spDiscountScale: 1, instanceFamily: t.family, regionCode: r.code, instanceType: t.name, dbClass: null },
    },
  );
}

export function ebsVolume(r: Region, volumeType: 'gp3' | 'gp2' | 'io1'): MeterSpec {
  const rate = { gp3: '0.08', gp2: '0.1', io1: '0.125' }[volumeType];
  return meter('AmazonEC2', r, { family: 'Storage', usage: `EBS:VolumeUsage.${volumeType}`, operation: `CreateVolume-${volumeType === 'gp2' ? 'Gp2' : volumeType === 'gp3' ? 'Gp3' : 'P-IOPS'}`, unit: 'GB-Mo', rate, scale: 6, description: `$${rate} per GB-month of ${volumeType} provisioned storage - ${r.name}`, resourceType: 'Volume' });
}

export function ebsSnapshot(r: Region): MeterSpec {
  return meter('AmazonEC2', r, { family: 'Storage Snapshot', usage: 'EBS:SnapshotUsage', operation: 'CreateSnapshot', unit: 'GB-Mo', rate: '0.05', scale: 6, description: `$0.05 per GB-Month of snapshot data stored - ${r.name}`, resourceType: 'Snapshot' });
}

export function natGatewayHours(r: Region): MeterSpec {
  return meter('AmazonEC2', r, { family: 'NAT Gateway', usage: 'NatGateway-Hours', operation: 'NatGateway', unit: 'Hrs', rate: '0.045', scale: 3, description: '$0.045 per NAT Gateway Hour', resourceType: 'NAT Gateway' });
}

export function natGatewayBytes(r: Region): MeterSpec {
  return meter('AmazonEC2', r, { family: 'NAT Gateway', usage: 'NatGateway-Bytes', operation: 'NatGateway', unit: 'GB', rate: '0.045', scale: 6, description: '$0.045 per GB Data Processed by NAT Gateways', resourceType: 'NAT Gateway' });
}

export function dataTransferOut(r: Region): MeterSpec {
  return meter('AmazonEC2', r, { serviceCode: 'AWSDataTransfer', family: 'Data Transfer', usage: 'DataTransfer-Out-Bytes', operation: 'RunInstances', unit: 'GB', rate: '0.09', scale: 6, description: '$0.090 per GB - first 10 TB / month data transfer out beyond the global free tier', resourceType: null });
}

export function dataTransferRegional(r: Region): MeterSpec {
  return meter('AmazonEC2', r, { serviceCode: 'AWSDataTransfer', family: 'Data Transfer', usage: 'DataTransfer-Regional-Bytes', operation: 'InterZone-In', unit: 'GB', rate: '0.01', scale: 6, description: '$0.010 per GB - regional data transfer - in/out/between EC2 AZs or using elastic IPs or ELB', resourceType: null });
}

export function s3Storage(r: Region): MeterSpec {
  return meter('AmazonS3', r, { family: 'Storage', usage: 'TimedStorage-ByteHrs', operation: 'StandardStorage', unit: 'GB-Mo', rate: '0.023', scale: 6, description: '$0.023 per GB - first 50 TB / month of storage used', resourceType: 'Bucket' });
}

export function s3Requests(r: Region): MeterSpec {
  return meter('AmazonS3', r, { family: 'API Request', usage: 'Requests-Tier1', operation: 'PutObject', unit: 'Requests', rate: '0.000005', scale: 0, description: '$0.005 per 1,000 PUT, COPY, POST, or LIST requests', resourceType: 'Bucket' });
}

export function lambdaRequests(r: Region): MeterSpec {
  return meter('AWSLambda', r, { family: 'Serverless', usage: 'Request', operation: 'Invoke', unit: 'Requests', rate: '0.0000002', scale: 0, description: 'AWS Lambda - Total Requests', resourceType: 'Function' });
}

export function lambdaDuration(r: Region): MeterSpec {
  return meter(
    'AWSLambda', r,
    { family: 'Serverless', usage: 'Lambda-GB-Second', operation: 'Invoke', unit: 'Lambda-GB-Second', rate: '0.0000166667', scale: 0, description: 'AWS Lambda - Total Compute', resourceType: 'Function' },
    { eligibility: { computeSp: true, spDiscountScale: 0.6, instanceFamily: null, regionCode: r.code, instanceType: null, dbClass: null } },
  );
}

export function fargateVcpu(r: Region): MeterSpec {
  return meter(
    'AmazonECS', r,
    { family: 'Compute', usage: 'Fargate-vCPU-Hours:perCPU', prefixed: true, operation: 'FargateTask', unit: 'hours', rate: '0.04048', scale: 3, description: 'AWS Fargate - vCPU - US East (N.Virginia)', resourceType: 'Service' },
    { eligibility: { computeSp: true, spDiscountScale: 1, instanceFamily: null, regionCode: r.code, instanceType: null, dbClass: null } },
  );
}

export function fargateMemory(r: Region): MeterSpec {
  return meter(
    'AmazonECS', r,
    { family: 'Compute', usage: 'Fargate-GB-Hours', prefixed: true, operation: 'FargateTask', unit: 'hours', rate: '0.004445', scale: 3, description: 'AWS Fargate - Memory - US East (N.Virginia)', resourceType: 'Service' },
    { eligibility: { computeSp: true, spDiscountScale: 1, instanceFamily: null, regionCode: r.code, instanceType: null, dbClass: null } },
  );
}

export function rdsInstance(r: Region, dbClass: string, hourly: string): MeterSpec {
  const rate = regionalHourly(hourly, r);
  return meter(
    'AmazonRDS', r,
    { family: 'Database Instance', usage: `InstanceUsage:${dbClass}`, operation: 'CreateDBInstance:0014', unit: 'Hrs', rate, scale: 3, description: `$${Number(rate)} per RDS ${dbClass} Single-AZ instance hour (or partial hour) running PostgreSQL`, resourceType: 'DB Instance' },
    { instanceType: dbClass, databaseEngine: 'PostgreSQL', eligibility: { computeSp: false, spDiscountScale: 0, instanceFamily: null, regionCode: r.code, instanceType: null, dbClass } },
  );
}

export function rdsStorage(r: Region): MeterSpec {
  return meter('AmazonRDS', r, { family: 'Database Storage', usage: 'RDS:GP3-Storage', operation: 'CreateDBInstance:0014', unit: 'GB-Mo', rate: '0.115', scale: 6, description: '$0.115 per GB-month of provisioned gp3 storage running PostgreSQL', resourceType: 'DB Instance' }, { databaseEngine: 'PostgreSQL' });
}

export function cloudWatchMetrics(r: Region): MeterSpec {
  return meter('AmazonCloudWatch', r, { family: 'Metric', usage: 'CW:MetricMonitorUsage', operation: 'MetricStorage', unit: 'Metrics', rate: '0.3', scale: 6, description: '$0.30 per metric-month for the first 10,000 metrics', resourceType: null });
}

export function cloudWatchLogs(r: Region): MeterSpec {
  return meter('AmazonCloudWatch', r, { family: 'Data Payload', usage: 'DataProcessing-Bytes', prefixed: true, operation: 'PutLogEvents', unit: 'GB', rate: '0.5', scale: 6, description: '$0.50 per GB custom log data ingested', resourceType: null });
}

export function sageMakerTraining(r: Region, type: string, hourly: string): MeterSpec {
  return meter('AmazonSageMaker', r, { family: 'ML Instance', usage: `Train:${type}`, prefixed: true, operation: 'RunInstance', unit: 'Hrs', rate: hourly, scale: 3, description: `$${hourly} per Training ${type} hour in ${r.name}`, resourceType: 'Training Job' }, { instanceType: type });
}

/** RDS instance classes used (PostgreSQL, Single-AZ, us-east-1 USD/hour). */
export const DB_CLASSES: Record<string, string> = {
  'db.t4g.medium': '0.065',
  'db.m6g.large': '0.152',
  'db.r6g.large': '0.225',
  'db.r6g.xlarge': '0.45',
};
