// How many rows get a sparkline: the contract's limit on one rightsizeSparklines call.
export const MAX_SPARKLINES = 2000;
