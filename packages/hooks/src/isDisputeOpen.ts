import type { Escrow } from './model';

/**
 * Whether a dispute is open on the escrow. DHMAD documents no `disputed` status: a dispute is a
 * `disputeTicket` (open while its `status` is `open`; a ticket without status counts as open)
 * or, when only the id is sent, a `disputeTicketId` (get-escrow page).
 */
export function isDisputeOpen(escrow: Escrow): boolean {
  const ticket = escrow.disputeTicket;
  return ticket ? (ticket.status ?? 'open') === 'open' : !!escrow.disputeTicketId;
}
