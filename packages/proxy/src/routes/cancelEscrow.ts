import { directActionRoute, withoutBody } from '../directActionRoute';

/**
 * `POST {basePath}/escrows/:id/cancel` `{}` (the buyer or the seller; DHMAD cancels pending
 * escrows only) → DHMAD's `{ message, escrow }`. The browser's body must be a JSON object and is
 * not forwarded: DHMAD's cancel takes none (dhmad-api.md §7).
 */
export const cancelEscrow = directActionRoute('cancel_pending', withoutBody);
