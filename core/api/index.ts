export * from './contract.ts';
export * from './errors.ts';
export * from './progress.ts';
export { validateCall, validateRequest, isMethodName } from './validate.ts';
export { createWorkbench } from './service.ts';
