// Which addresses the app may hand to the user's browser (shell.openExternal): documentation
// sites named here, over https, nothing else. Handing any https:// address over would let a page
// (or anything injected into it) open arbitrary sites, or hosts that merely look like ours.
export const EXTERNAL_LINK_ORIGINS = ['https://focus.finops.org', 'https://www.finops.org', 'https://docs.aws.amazon.com'] as const;

export function isAllowedExternalLink(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.username !== '' || u.password !== '') return false;
  return (EXTERNAL_LINK_ORIGINS as readonly string[]).includes(u.origin);
}
