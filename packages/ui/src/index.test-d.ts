import type { Escrow, Proof } from '@kit/hooks';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  ActionButtonProps,
  AttachmentGalleryProps,
  CheckoutActionsProps,
  DeadlineCountdownProps,
  EscrowStatusBadgeProps,
  ProofPanelProps,
  ProofTimelineProps,
} from './index';

declare const escrow: Escrow;
declare const proof: Proof;

describe('every data component takes an escrow id or the data itself', () => {
  it('EscrowStatusBadge: a status, an escrow or an id, and not nothing', () => {
    expectTypeOf({ status: 'paid' }).toExtend<EscrowStatusBadgeProps>();
    expectTypeOf({ escrow, proof }).toExtend<EscrowStatusBadgeProps>();
    expectTypeOf({ escrowId: 'e1' }).toExtend<EscrowStatusBadgeProps>();
    expectTypeOf({}).not.toExtend<EscrowStatusBadgeProps>();
    expectTypeOf({ phase: 'accepted' }).not.toExtend<EscrowStatusBadgeProps>();
  });

  it('DeadlineCountdown: a deadline, an escrow or proof, or an id, and not nothing', () => {
    expectTypeOf({ deadline: '2026-06-21T10:00:00.000Z' }).toExtend<DeadlineCountdownProps>();
    expectTypeOf({ deadline: null }).toExtend<DeadlineCountdownProps>();
    expectTypeOf({ escrow }).toExtend<DeadlineCountdownProps>();
    expectTypeOf({ proof }).toExtend<DeadlineCountdownProps>();
    expectTypeOf({ escrowId: 'e1' }).toExtend<DeadlineCountdownProps>();
    expectTypeOf({}).not.toExtend<DeadlineCountdownProps>();
  });

  it('ProofPanel, CheckoutActions and ActionButton: an id or the escrow, and not neither', () => {
    expectTypeOf({ escrowId: 'e1' }).toExtend<ProofPanelProps>();
    expectTypeOf({ escrow, proof }).toExtend<ProofPanelProps>();
    expectTypeOf({ proof }).not.toExtend<ProofPanelProps>();
    expectTypeOf({}).not.toExtend<ProofPanelProps>();

    expectTypeOf({ escrowId: 'e1' }).toExtend<CheckoutActionsProps>();
    expectTypeOf({ escrowId: 'e1', proof }).toExtend<CheckoutActionsProps>();
    expectTypeOf({ escrow }).toExtend<CheckoutActionsProps>();
    expectTypeOf({ proof }).not.toExtend<CheckoutActionsProps>();

    expectTypeOf({ escrowId: 'e1', action: 'complete' as const }).toExtend<ActionButtonProps>();
    expectTypeOf({ escrow, action: 'complete' as const }).toExtend<ActionButtonProps>();
    expectTypeOf({ action: 'complete' as const }).not.toExtend<ActionButtonProps>();
  });

  it('ProofTimeline and AttachmentGallery also render with neither (a blank timeline, no files)', () => {
    expectTypeOf({}).toExtend<ProofTimelineProps>();
    expectTypeOf({ escrowId: 'e1' }).toExtend<ProofTimelineProps>();
    expectTypeOf({ escrow, proof }).toExtend<ProofTimelineProps>();
    expectTypeOf({}).toExtend<AttachmentGalleryProps>();
    expectTypeOf({ escrowId: 'e1' }).toExtend<AttachmentGalleryProps>();
    expectTypeOf({ proof }).toExtend<AttachmentGalleryProps>();
  });

  it('the data keeps its types', () => {
    expectTypeOf({ escrow: { status: 'paid' } }).not.toExtend<ProofPanelProps>();
    expectTypeOf({ escrowId: 42 }).not.toExtend<EscrowStatusBadgeProps>();
  });
});
