// Meters for lines that are not metered usage: commitment fees, taxes, support, marketplace,
// credits and refunds. Their quantity is 1 (or hours, for commitment fees). What is bought (fees,
// support, marketplace) has a SKU, as in the price list (FOCUS: SkuId on every Purchase); taxes,
// credits and refunds have none (FOCUS: none on Tax).
import type { MeterSpec } from './services.ts';
import { PRODUCTS, skuFor } from './services.ts';
import { usageType, type Region } from './regions.ts';

function fee(productCode: string, productName: string, category: string, subcategory: string, fields: Partial<MeterSpec>): MeterSpec {
  return {
    productCode, productName, serviceCode: productCode, serviceCategory: category, serviceSubcategory: subcategory,
    productFamily: null, usageType: null, operation: null, unit: null, description: '', rateMu: 0, amountScale: 0, sku: null,
    instanceType: null, instanceFamily: null, vcpu: null, memoryGiB: null, operatingSystem: null, databaseEngine: null, resourceType: null,
    eligibility: null, ...fields,
  };
}

function product(code: string): [string, string, string, string] {
  const p = PRODUCTS[code];
  if (!p) throw new Error(`unknown product ${code}`);
  return [code, p.name, p.category, p.subcategory];
}

/**
 * Savings Plan fee lines (recurring and upfront) are billed under ComputeSavingsPlans for every plan
 * type, with usage types like `ComputeSP:3yrNoUpfront` or `EC2SP:m5.1yrPartialUpfront`.
 */
export function savingsPlanFee(usageTypeName: string, description: string, recurringHourlyMu: number): MeterSpec {
  return fee(...product('ComputeSavingsPlans'), {
    productFamily: 'Savings Plans', usageType: usageTypeName, operation: '', unit: 'Hrs',
    description, rateMu: recurringHourlyMu, amountScale: 3, sku: skuFor(`ComputeSavingsPlans/${usageTypeName}`),
  });
}

export function reservationFee(productCode: 'AmazonEC2' | 'AmazonRDS', r: Region, type: string, recurringHourlyMu: number, description: string): MeterSpec {
  const ut = usageType(r, `HeavyUsage:${type}`);
  return fee(...product(productCode), {
    productFamily: productCode === 'AmazonEC2' ? 'Compute Instance' : 'Database Instance', usageType: ut,
    operation: productCode === 'AmazonEC2' ? 'RunInstances' : 'CreateDBInstance:0014', unit: 'Hrs', description,
    rateMu: recurringHourlyMu, amountScale: 3, sku: skuFor(`${productCode}/${ut}/RI`), instanceType: type,
  });
}

/** A charge under an existing product with no usage behind it: taxes, credits, refunds. */
export function chargeFor(productCode: string, productName: string, category: string, subcategory: string, description: string): MeterSpec {
  return fee(productCode, productName, category, subcategory, { description });
}

export function supportFee(): MeterSpec {
  return fee(...product('AWSSupportBusiness'), { productFamily: 'AWS Support', description: 'AWS Support (Business) monthly charge', sku: skuFor('AWSSupportBusiness/monthly') });
}

export const MARKETPLACE = {
  productCode: 'b3k9x2m7q4w8r1t6y5u0p2a9z',
  productName: 'Observa Metrics Pro',
  seller: 'Observa, Inc.',
  monthlyUsd: '480.00',
};

export function marketplaceFee(): MeterSpec {
  return fee(MARKETPLACE.productCode, MARKETPLACE.productName, 'Management and Governance', 'Observability', {
    productFamily: 'SaaS', usageType: 'MP:Subscription-Monthly', operation: 'Subscribe', unit: 'Units', description: `${MARKETPLACE.productName} - monthly subscription`,
    sku: skuFor(`${MARKETPLACE.productCode}/MP:Subscription-Monthly`),
  });
}
