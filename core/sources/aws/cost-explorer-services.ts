// Cost Explorer names services by their display name (its SERVICE dimension), the CUR by product
// code (lineItem/ProductCode). FOCUS's ServiceCategory comes from the product code through the
// category table of migration 002 (the FinOps Foundation converter's aws_category_mapping, as the
// CUR mapping uses it), so a Cost Explorer row's service is first named by its product code here.
// The names are Cost Explorer's own (the console's "Service" filter), written by hand; a name not
// listed is 'Other', as the CUR mapping files a product code the table lacks.
import type { Db } from '../../store/db.ts';
import { ident, sql } from '../../sql/index.ts';

/** The category of a service whose product code the table does not know (cur-to-focus.ts does the same). */
export const OTHER_SERVICE_CATEGORY = 'Other';

/** Cost Explorer SERVICE value -> AWS product code. */
export const CE_SERVICE_PRODUCT_CODES: Readonly<Record<string, string>> = {
  'Amazon Elastic Compute Cloud - Compute': 'AmazonEC2',
  // EBS volumes, snapshots, NAT gateways, Elastic IPs: AmazonEC2 in the CUR
  'EC2 - Other': 'AmazonEC2',
  'Amazon Elastic Compute Cloud': 'AmazonEC2',
  'Amazon Elastic Load Balancing': 'AWSELB',
  'Amazon Simple Storage Service': 'AmazonS3',
  'Amazon Elastic File System': 'AmazonEFS',
  'Amazon Relational Database Service': 'AmazonRDS',
  'Amazon DynamoDB': 'AmazonDynamoDB',
  'Amazon ElastiCache': 'AmazonElastiCache',
  'Amazon Redshift': 'AmazonRedshift',
  'AWS Lambda': 'AWSLambda',
  'Amazon Elastic Container Service': 'AmazonECS',
  'Amazon Elastic Container Service for Kubernetes': 'AmazonEKS',
  'Amazon EC2 Container Registry (ECR)': 'AmazonECR',
  'Amazon Lightsail': 'AmazonLightsail',
  'Savings Plans for AWS Compute usage': 'ComputeSavingsPlans',
  'AmazonCloudWatch': 'AmazonCloudWatch',
  'AWS CloudTrail': 'AWSCloudTrail',
  'AWS Config': 'AWSConfig',
  'AWS CloudFormation': 'AWSCloudFormation',
  'AWS Systems Manager': 'AWSSystemsManager',
  'AWS Cost Explorer': 'AWSCostExplorer',
  'Amazon Virtual Private Cloud': 'AmazonVPC',
  'Amazon Route 53': 'AmazonRoute53',
  'Amazon CloudFront': 'AmazonCloudFront',
  'Amazon API Gateway': 'AmazonApiGateway',
  'AWS Data Transfer': 'AWSDataTransfer',
  'Amazon Simple Queue Service': 'AWSQueueService',
  'Amazon Simple Notification Service': 'AmazonSNS',
  'AWS Step Functions': 'AmazonStates',
  'Amazon Simple Email Service': 'AmazonSES',
  'Amazon Athena': 'AmazonAthena',
  'AWS Glue': 'AWSGlue',
  'Amazon Kinesis': 'AmazonKinesis',
  'Amazon OpenSearch Service': 'AmazonES',
  'Amazon QuickSight': 'AmazonQuickSight',
  'Amazon SageMaker': 'AmazonSageMaker',
  'Amazon Bedrock': 'AmazonBedrock',
  'AWS Key Management Service': 'awskms',
  'AWS Secrets Manager': 'AWSSecretsManager',
  'AWS WAF': 'awswaf',
  'Amazon GuardDuty': 'AmazonGuardDuty',
  'Amazon Cognito': 'AmazonCognito',
  'AWS Backup': 'AWSBackup',
};

/** ServiceName -> ServiceCategory of a Cost Explorer row, from the workspace's category table (migration 002). */
export async function loadCeServiceCategories(db: Db): Promise<(service: string) => string> {
  const rows = (await db.read(sql`SELECT ${ident('product_code')} AS code, ${ident('service_category')} AS category FROM ${ident('ref_aws_service_category')}`)).getRowObjectsJson();
  const byCode = new Map(rows.map((r) => [String(r.code), String(r.category)]));
  return (service) => byCode.get(CE_SERVICE_PRODUCT_CODES[service] ?? '') ?? OTHER_SERVICE_CATEGORY;
}
