import { sameEmail } from '@kit/hooks/core';

/**
 * An order of the marketplace: the app's own record, pointing at the DHMAD escrow that holds the
 * buyer's money. Status, amount and deadlines are the escrow's, read through the kit.
 */
export interface DemoOrder {
  escrowId: string;
  title: string;
  buyerEmail: string;
  sellerEmail: string;
  /** ISO 8601. */
  createdAt: string;
}

/** The marketplace's database, in memory: orders newest first, by party. */
export function createOrderBook() {
  const orders: DemoOrder[] = [];
  return {
    add(order: DemoOrder): void {
      orders.unshift(order);
    },
    /** The orders where `email` is the buyer or the seller. */
    listFor(email: string): DemoOrder[] {
      return orders.filter(
        (o) => sameEmail(o.buyerEmail, email) || sameEmail(o.sellerEmail, email),
      );
    },
  };
}

export type OrderBook = ReturnType<typeof createOrderBook>;
