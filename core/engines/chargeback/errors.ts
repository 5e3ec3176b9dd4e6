// Error codes of the chargeback engine. WorkbenchError carries them to every transport.
export const ChargebackErrorCode = {
  /** Rules that cannot be read: says where in the file and what is wrong (percentages not adding up to 100...). */
  CHARGEBACK_BAD_RULES: 'CHARGEBACK_BAD_RULES',
  /** A rules file written by a newer FinOps Workbench (a higher formatVersion). */
  CHARGEBACK_RULES_NEWER: 'CHARGEBACK_RULES_NEWER',
  /** An owner source or pool filter naming a dimension, tag key or cost category the workspace does not have. */
  CHARGEBACK_UNKNOWN_DIMENSION: 'CHARGEBACK_UNKNOWN_DIMENSION',
  /** No rules given and none saved. */
  CHARGEBACK_NO_RULES: 'CHARGEBACK_NO_RULES',
  /** The period has no cost line. */
  CHARGEBACK_NO_LINES: 'CHARGEBACK_NO_LINES',
  /** The period's lines are in more than one currency: one allocation cannot add them. */
  CHARGEBACK_MIXED_CURRENCIES: 'CHARGEBACK_MIXED_CURRENCIES',
  /** An account → owner CSV that cannot be read: says which line and what to do. */
  CHARGEBACK_BAD_ACCOUNT_OWNERS: 'CHARGEBACK_BAD_ACCOUNT_OWNERS',
  /** A version of the rules that is not in the history. */
  CHARGEBACK_VERSION_NOT_FOUND: 'CHARGEBACK_VERSION_NOT_FOUND',
} as const;
