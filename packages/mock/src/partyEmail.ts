import type { Escrow } from '@kit/hooks/core';

/**
 * The email of the escrow's buyer or seller as stored: the populated user's, else the invited
 * email, else `''` (not documented: chosen so a missing party matches nobody).
 */
export function partyEmail(escrow: Escrow, party: 'buyer' | 'seller'): string {
  const user = escrow[party];
  const invited = party === 'buyer' ? escrow.buyerEmail : escrow.sellerEmail;
  return (typeof user === 'object' && user?.email) || invited || '';
}
