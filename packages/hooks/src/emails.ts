/**
 * An email as DHMAD compares it: trimmed and lower-cased, or `undefined` when empty or absent.
 * Not documented by DHMAD: chosen because email addresses are matched case-insensitively in
 * practice and the create-session page compares `targetUserEmail` with the parties' emails.
 */
export function normalizeEmail(email: string | null | undefined): string | undefined {
  return email?.trim().toLowerCase() || undefined;
}

/** Whether two emails name the same person (trimmed, case-insensitive); `false` if either is empty. */
export function sameEmail(a: string | null | undefined, b: string | null | undefined): boolean {
  const left = normalizeEmail(a);
  return left !== undefined && left === normalizeEmail(b);
}
