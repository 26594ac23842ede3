import '../styles.css';
// Until the lead adds it to styles.css (then this line can go).
import type { Escrow, Proof } from '@kit/hooks';
import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { EscrowUIProvider } from '../i18n/EscrowUIProvider';
import { ar } from '../locales/ar';
import { expectNoAxeViolations } from '../test/expectNoAxeViolations';
import { ProofTimeline } from './ProofTimeline';

const BUYER = 'buyer@example.com';
const SELLER = 'traveler@example.com';
const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

function escrowIn(phase: string, overrides: Partial<Escrow> = {}): Escrow {
  return {
    id: 'e1',
    title: 'iPhone 15 from Dubai',
    status: phase === 'expired' ? 'cancelled' : 'paid',
    mode: 'quick',
    buyer: { email: BUYER },
    seller: { email: SELLER },
    fulfillmentPolicy: { type: 'purchase_proof_required' },
    proofInfo: { phase },
    ...overrides,
  };
}

function proofIn(phase: string, overrides: Partial<Proof> = {}): Proof {
  const submissions = [
    {
      submittedAt: inHours(-30),
      note: 'Blurry receipt <b>html</b>',
      attachments: [{ mimeType: 'image/jpeg', viewUrl: 'https://cdn.dhmad.tn/p/1.jpg' }],
    },
    {
      submittedAt: inHours(-2),
      note: 'Receipt from Apple Store, order W123',
      attachments: [{ mimeType: 'application/pdf', viewUrl: 'https://cdn.dhmad.tn/p/2.pdf' }],
    },
  ];
  return {
    phase,
    correctionRounds: 1,
    uploadDeadline: inHours(5),
    reviewDeadline: inHours(-0.5),
    submissions,
    latestSubmission: submissions[1] ?? null,
    checkoutActions: [],
    ...overrides,
  };
}

const PHASES = [
  'waiting_seller_proof',
  'submitted_waiting_buyer_review',
  'correction_requested',
  'accepted',
  'accepted_by_timeout',
  'needs_review',
  'expired',
  'phase_from_2030',
];

/** Everything at once: your turn, an overdue deadline, correction rounds, the history open. */
function Busy({ children }: { children?: ReactNode }) {
  return (
    <main>
      {children ?? (
        <ProofTimeline
          escrow={escrowIn('submitted_waiting_buyer_review')}
          proof={proofIn('submitted_waiting_buyer_review')}
          viewerEmail={BUYER}
        />
      )}
    </main>
  );
}

/** Opens the submission history from the keyboard (the summary, in whatever language). */
async function openHistory(container: HTMLElement) {
  const summary = container.querySelector('summary') as HTMLElement;
  const details = summary.closest('details') as HTMLDetailsElement;
  if (!details.open) {
    summary.focus();
    await userEvent.keyboard('{Enter}');
  }
  expect(details.open).toBe(true);
}

describe('ProofTimeline in Chromium', () => {
  it.each(PHASES)('has no axe violations in %s (light)', async (phase) => {
    const { container } = render(
      <main>
        <ProofTimeline escrow={escrowIn(phase)} proof={proofIn(phase)} viewerEmail={SELLER} />
      </main>,
    );
    await expectNoAxeViolations(container);
  });

  it('opens its history from the keyboard, showing notes as text', async () => {
    render(<Busy />);
    const summary = screen.getByText('Submission history');
    await userEvent.tab();
    expect(summary).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(summary.closest('details')).toHaveAttribute('open');
    expect(screen.getByText('Blurry receipt <b>html</b>')).toBeVisible();
    await userEvent.keyboard('{Enter}');
    expect(summary.closest('details')).not.toHaveAttribute('open');
  });

  it('has no axe violations with everything shown (light)', async () => {
    const { container } = render(<Busy />);
    await openHistory(container);
    expect(screen.getByText(/^overdue by/)).toBeVisible();
    expect(screen.getByText('Your turn')).toBeVisible();
    await expectNoAxeViolations(container);
  });

  it('has no axe violations in the dark theme', async () => {
    const { container } = render(
      <div data-kit-theme="dark">
        <Busy />
      </div>,
    );
    await openHistory(container);
    const root = screen.getByRole('region', { name: 'Escrow progress' });
    // The dark palette applies: a dark background under light text.
    expect(getComputedStyle(root).backgroundColor).toBe('rgb(13, 17, 23)');
    await expectNoAxeViolations(container);
  });

  it('has no axe violations in Arabic, and lays out right to left', async () => {
    const { container } = render(
      <EscrowUIProvider locale="ar-TN" messages={ar}>
        <Busy />
      </EscrowUIProvider>,
    );
    await openHistory(container);
    const root = screen.getByRole('region', { name: 'تقدّم المعاملة' });
    expect(root).toHaveAttribute('dir', 'rtl');
    const current = within(root).getByRole('listitem', { current: 'step' });
    const marker = current.querySelector('.kit-timeline__marker') as HTMLElement;
    const label = within(current).getByText('يراجع المشتري الإثبات');
    // The marker sits at the inline start: on the right in Arabic.
    expect(marker.getBoundingClientRect().left).toBeGreaterThan(
      label.getBoundingClientRect().right,
    );
    await expectNoAxeViolations(container);
  });

  it('marks the current step visibly differently from an upcoming and a done one', () => {
    render(<Busy />);
    const root = screen.getByRole('region', { name: 'Escrow progress' });
    const current = within(root).getByRole('listitem', { current: 'step' });
    const items = within(within(root).getAllByRole('list')[0] as HTMLElement).getAllByRole(
      'listitem',
    );
    const upcoming = items.find((li) => li.dataset.state === 'upcoming') as HTMLElement;
    const done = items.find((li) => li.dataset.state === 'complete') as HTMLElement;
    const style = (li: HTMLElement) =>
      getComputedStyle(li.querySelector('.kit-timeline__marker') as HTMLElement);

    expect(style(current).backgroundColor).toBe('rgb(11, 87, 208)');
    expect(style(current).boxShadow).not.toBe('none');
    expect(style(upcoming).backgroundColor).toBe('rgba(0, 0, 0, 0)');
    expect(style(upcoming).boxShadow).toBe('none');
    expect(style(done).backgroundColor).not.toBe(style(current).backgroundColor);
    expect(getComputedStyle(within(current).getByText('Buyer reviews proof')).fontWeight).toBe(
      '600',
    );
    // The state is also in words, for those who do not see the colour.
    expect(within(current).getByText('Current step')).toHaveClass('kit-visually-hidden');
  });

  it('lets a host re-theme it through component tokens', () => {
    render(
      <div
        style={
          {
            '--kit-timeline-marker-current': 'rgb(1, 2, 3)',
            '--kit-timeline-bg': 'rgb(4, 5, 6)',
          } as React.CSSProperties
        }
      >
        <Busy />
      </div>,
    );
    const root = screen.getByRole('region', { name: 'Escrow progress' });
    const current = within(root).getByRole('listitem', { current: 'step' });
    const marker = current.querySelector('.kit-timeline__marker') as HTMLElement;
    expect(getComputedStyle(marker).backgroundColor).toBe('rgb(1, 2, 3)');
    expect(getComputedStyle(root).backgroundColor).toBe('rgb(4, 5, 6)');
  });
});
