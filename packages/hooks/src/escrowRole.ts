import { normalizeEmail } from './emails';
import type { Escrow, EscrowParty } from './model';

function partyEmail(party: EscrowParty | string | null | undefined, invited?: string | null) {
  return normalizeEmail((typeof party === 'object' && party?.email) || invited);
}

/** `buyer`, `seller` or `undefined` for an email, compared case-insensitively. */
export function getEscrowRole(escrow: Escrow, email: string | null | undefined) {
  const who = normalizeEmail(email);
  if (!who) return undefined;
  if (who === partyEmail(escrow.buyer, escrow.buyerEmail)) return 'buyer';
  if (who === partyEmail(escrow.seller, escrow.sellerEmail)) return 'seller';
  return undefined;
}
