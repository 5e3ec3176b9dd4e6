// An allocation file's format from its content (never its name): JSON that is an allocation
// response, or a CSV whose header has the CPU and RAM costs.
import type { AllocationRow } from './allocation.ts';
import type { AllocationFormat } from './constants.ts';
import { k8sError } from './errors.ts';
import { looksLikeAllocationCsvHeader, rowsFromAllocationCsv } from './parse-csv.ts';
import { rowsFromAllocationJson } from './parse-json.ts';

export interface AllocationFile {
  format: AllocationFormat;
  rows: AllocationRow[];
}

export function readAllocationFile(text: string): AllocationFile {
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*[[{]/.test(body)) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (err) {
      throw k8sError('CHARGEBACK_K8S_UNKNOWN_FORMAT', `The file starts like JSON but is not valid JSON (${err instanceof Error ? err.message : String(err)}). Save the OpenCost API's answer whole. Nothing was imported.`);
    }
    return { format: 'opencost-json', rows: rowsFromAllocationJson(json) };
  }
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  if (looksLikeAllocationCsvHeader(firstLine)) return { format: 'opencost-csv', rows: rowsFromAllocationCsv(body) };
  throw k8sError('CHARGEBACK_K8S_UNKNOWN_FORMAT', 'This file is neither OpenCost /allocation JSON nor an allocation CSV (a header with cpuCost and ramCost columns, a namespace and a window). Export the allocation from OpenCost or Kubecost (the /allocation API, or the CSV export). Nothing was imported.');
}
