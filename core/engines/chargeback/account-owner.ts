// The account → owner map's record (owner source `accountOwner`); the store is account-owners-store.ts.
// Types and limits only: the contract (bundled by the Electron preload) imports this file.
export interface AccountOwner {
  accountId: string;
  owner: string;
}

/** A CSV import is at most this many characters (a map of every account of a large organization fits). */
export const MAX_ACCOUNT_OWNERS_CHARS = 5_000_000;
