/**
 * An email as DHMAD compares it: trimmed and lower-cased (DHMAD lower-cases the emails it is
 * given, e.g. on identity verifications); `undefined` for an empty or missing one.
 */
export function normalizeEmail(email: string | null | undefined): string | undefined {
  return email?.trim().toLowerCase() || undefined;
}
