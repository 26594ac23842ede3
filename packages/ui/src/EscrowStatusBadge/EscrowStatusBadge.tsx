'use client';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';

const KNOWN_STATUSES = ['pending', 'paid', 'delivered', 'completed', 'cancelled'] as const;
type KnownStatus = (typeof KNOWN_STATUSES)[number];

const LABELS: Record<KnownStatus | 'unknown', string> = {
  pending: 'Pending',
  paid: 'Paid',
  delivered: 'Delivered',
  completed: 'Completed',
  cancelled: 'Cancelled',
  unknown: 'Unknown status',
};

function isKnownStatus(value: string): value is KnownStatus {
  return (KNOWN_STATUSES as readonly string[]).includes(value);
}

export interface EscrowStatusBadgeProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /**
   * The escrow's status. A value the kit does not know renders as "unknown", never throws.
   * Drives `data-status` (the raw value is kept there for styling).
   */
  status: string;
}

/** The escrow status as a pill; state exposed as `data-status`. */
export const EscrowStatusBadge = forwardRef<HTMLSpanElement, EscrowStatusBadgeProps>(
  function EscrowStatusBadge({ status, className, ...rest }, ref) {
    const known = isKnownStatus(status) ? status : 'unknown';
    return (
      <span
        ref={ref}
        {...rest}
        className={className ? `kit-badge ${className}` : 'kit-badge'}
        data-status={known}
      >
        {LABELS[known]}
      </span>
    );
  },
);
