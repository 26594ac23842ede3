import { directActionRoute, withoutBody } from '../directActionRoute';

/**
 * `POST {basePath}/escrows/:id/deliver` `{}` (the seller only) → DHMAD's `{ message, escrow }`,
 * or its 409 `PROOF_NOT_ACCEPTED` while a purchase proof is not accepted. The browser's body
 * must be a JSON object and is not forwarded: DHMAD's deliver takes none (dhmad-api.md §7).
 */
export const deliverEscrow = directActionRoute('deliver', withoutBody);
