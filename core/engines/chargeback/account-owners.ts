// The account → owner map (an owner source): imported from a CSV of SubAccountId, owner.
export interface AccountOwner {
  accountId: string;
  owner: string;
}

/** A CSV import is at most this many characters (a map of every account of a large organization fits). */
export const MAX_ACCOUNT_OWNERS_CHARS = 5_000_000;
