import { checkRejectionReason, MAX_REJECTION_REASON_LENGTH } from '@kit/hooks/core';
import { directActionRoute } from '../directActionRoute';
import { proxyError } from '../proxyError';

/**
 * `POST {basePath}/escrows/:id/reject-delivery` `{ reason? }` (the buyer only) → DHMAD's
 * `{ message, escrow }`. `reason` must be a string of at most `MAX_REJECTION_REASON_LENGTH`
 * characters once trimmed (400 `INVALID_BODY` naming it, nothing sent); it is sent trimmed, an
 * empty one as no field; other fields are dropped. DHMAD's own limit is not documented, so its
 * 400 passes through when lower.
 */
export const rejectDelivery = directActionRoute('reject_delivery', (browserBody) => {
  const checked = checkRejectionReason(browserBody.reason);
  if (!checked.ok) {
    return {
      ok: false,
      response: proxyError(
        400,
        'INVALID_BODY',
        `\`reason\` must be a string of at most ${MAX_REJECTION_REASON_LENGTH} characters.`,
      ),
    };
  }
  return { ok: true, body: checked.reason === undefined ? {} : { reason: checked.reason } };
});
