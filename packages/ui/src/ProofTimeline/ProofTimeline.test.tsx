import type { Escrow, Proof } from '@kit/hooks';
import { EscrowKitProvider } from '@kit/hooks';
import { proofIn as proofFixture, quickEscrow } from '@kit/test-utils';
import { setupMswServer } from '@kit/test-utils/msw';
import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { type ReactNode, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EscrowUIProvider } from '../i18n/EscrowUIProvider';
import { TICK_MS } from '../internal/useNow';
import { ar } from '../locales/ar';
import { fr } from '../locales/fr';
import { describeConformance } from '../test/conformance';
import { ProofTimeline } from './ProofTimeline';

const NOW = new Date('2026-06-19T12:00:00.000Z');
const BUYER = 'buyer@example.com';
/** The seller of the shared `quickEscrow` fixture. */
const SELLER = 'traveler@example.com';
const OUTSIDER = 'someone@example.com';

const inMinutes = (m: number) => new Date(NOW.getTime() + m * 60_000).toISOString();
/** 5 h 12 min from NOW. */
const UPLOAD_DEADLINE = inMinutes(5 * 60 + 12);
/** 1 day 2 h from NOW. */
const REVIEW_DEADLINE = inMinutes(26 * 60);
const absolute = (iso: string, locale = 'en') =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );

/** The shared proof fixture, with this file's deadlines. */
function proofIn(phase: string, overrides: Partial<Proof> = {}): Proof {
  return proofFixture(phase, {
    correctionRounds: 0,
    uploadDeadline: UPLOAD_DEADLINE,
    reviewDeadline: REVIEW_DEADLINE,
    ...overrides,
  });
}

const timeline = () => screen.getByRole('region', { name: 'Escrow progress' });
/** The steps, in order (the first list of the timeline). */
const steps = () =>
  within(within(timeline()).getAllByRole('list')[0] as HTMLElement).getAllByRole('listitem');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWith = (label: string) => expect.stringMatching(new RegExp(`^${escapeRegExp(label)}`));
const currentStep = () => within(timeline()).queryByRole('listitem', { current: 'step' });

const PAID = 'Buyer paid';
const UPLOAD = 'Seller uploads proof';
const REVIEW = 'Buyer reviews proof';
const ACCEPTED = 'Proof accepted';
const DELIVERS = 'Seller delivers';
const CONFIRMS = 'Buyer confirms receipt';

interface PhaseCase {
  phase: string;
  status?: string;
  rounds?: number;
  steps: string[];
  current: string | null;
  actor: 'buyer' | 'seller' | 'dhmad' | null;
  countdown?: string;
  deadline?: string;
}

const PHASES: PhaseCase[] = [
  {
    phase: 'waiting_seller_proof',
    steps: [PAID, UPLOAD, REVIEW, ACCEPTED, DELIVERS, CONFIRMS],
    current: UPLOAD,
    actor: 'seller',
    countdown: 'due in 5 hr 12 min',
    deadline: UPLOAD_DEADLINE,
  },
  {
    phase: 'submitted_waiting_buyer_review',
    steps: [PAID, UPLOAD, REVIEW, ACCEPTED, DELIVERS, CONFIRMS],
    current: REVIEW,
    actor: 'buyer',
    countdown: 'due in 1 day 2 hr',
    deadline: REVIEW_DEADLINE,
  },
  {
    phase: 'correction_requested',
    rounds: 1,
    steps: [PAID, UPLOAD, 'Correction requested (round 1)', REVIEW, ACCEPTED, DELIVERS, CONFIRMS],
    current: 'Correction requested (round 1)',
    actor: 'seller',
    countdown: 'due in 5 hr 12 min',
    deadline: UPLOAD_DEADLINE,
  },
  {
    phase: 'accepted',
    steps: [PAID, UPLOAD, REVIEW, ACCEPTED, DELIVERS, CONFIRMS],
    current: DELIVERS,
    actor: 'seller',
  },
  {
    phase: 'accepted_by_timeout',
    steps: [
      PAID,
      UPLOAD,
      REVIEW,
      'Accepted automatically (review time ran out)',
      DELIVERS,
      CONFIRMS,
    ],
    current: DELIVERS,
    actor: 'seller',
  },
  {
    phase: 'needs_review',
    rounds: 2,
    steps: [
      PAID,
      UPLOAD,
      'Correction requested (round 2)',
      REVIEW,
      'Escalated to DHMAD for review',
      ACCEPTED,
      DELIVERS,
      CONFIRMS,
    ],
    current: 'Escalated to DHMAD for review',
    actor: 'dhmad',
  },
  {
    phase: 'expired',
    status: 'cancelled',
    steps: [PAID, 'No proof in time: escrow cancelled and buyer refunded'],
    current: null,
    actor: null,
  },
  {
    phase: 'phase_from_2030',
    steps: [PAID, 'Proof status unknown (phase_from_2030)', DELIVERS, CONFIRMS],
    current: 'Proof status unknown (phase_from_2030)',
    actor: null,
  },
];

const VIEWERS = [
  ['buyer', BUYER],
  ['seller', SELLER],
] as const;

const WAITING = {
  buyer: 'Waiting for the buyer',
  seller: 'Waiting for the seller',
  dhmad: 'Waiting for DHMAD',
} as const;

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'],
  });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe('ProofTimeline, phase by phase', () => {
  const cases = PHASES.flatMap((c) => VIEWERS.map(([role, email]) => ({ ...c, role, email })));

  it.each(cases)('$phase, seen by the $role', (c) => {
    const rounds = c.rounds ?? 0;
    render(
      <ProofTimeline
        escrow={quickEscrow({ status: c.status ?? 'paid', proofInfo: { phase: c.phase } })}
        proof={proofIn(c.phase, { correctionRounds: rounds })}
        viewerEmail={c.email}
      />,
    );
    const root = timeline();
    expect(root).toHaveAttribute('data-phase', c.phase === 'phase_from_2030' ? 'unknown' : c.phase);

    // Step order.
    expect(steps().map((li) => li.textContent)).toEqual(c.steps.map(startsWith));

    // The current step, and what every other step says about itself (not by colour alone).
    const current = currentStep();
    if (c.current === null) {
      expect(current).toBeNull();
      expect(steps().every((li) => within(li).queryByText('Done'))).toBe(true);
    } else {
      expect(current?.textContent).toEqual(startsWith(c.current));
      expect(within(current as HTMLElement).getByText('Current step')).toBeInTheDocument();
      const index = c.steps.indexOf(c.current);
      for (const [i, li] of steps().entries()) {
        const state = i < index ? 'Done' : i === index ? 'Current step' : 'Not yet';
        expect(within(li).getByText(state)).toBeInTheDocument();
      }
    }

    // Who acts next, relative to the viewer.
    if (c.actor === null) {
      expect(within(root).queryByText(/^(Your turn|Waiting for)/)).toBeNull();
    } else if (c.actor === c.role) {
      expect(within(current as HTMLElement).getByText('Your turn')).toBeInTheDocument();
      expect(root).toHaveAttribute('data-your-turn');
    } else {
      expect(within(current as HTMLElement).getByText(WAITING[c.actor])).toBeInTheDocument();
      expect(within(root).queryByText('Your turn')).toBeNull();
      expect(root).not.toHaveAttribute('data-your-turn');
    }

    // The deadline: a live countdown plus the absolute date, both in <time dateTime>.
    if (c.countdown && c.deadline) {
      const step = current as HTMLElement;
      expect(within(step).getByText('Deadline')).toBeInTheDocument();
      const countdown = within(step).getByText(c.countdown);
      expect(countdown.tagName).toBe('TIME');
      expect(countdown).toHaveAttribute('dateTime', c.deadline);
      const date = within(step).getByText(absolute(c.deadline));
      expect(date.tagName).toBe('TIME');
      expect(date).toHaveAttribute('dateTime', c.deadline);
    } else {
      expect(within(root).queryByText('Deadline')).toBeNull();
    }

    // Correction rounds.
    if (rounds > 0) {
      expect(within(root).getByText(`Correction rounds: ${rounds}`)).toBeInTheDocument();
    } else {
      expect(within(root).queryByText(/Correction rounds/)).toBeNull();
    }
  });

  it.each(PHASES.map((c) => c.phase))('%s works from the escrow’s proofInfo alone', (phase) => {
    const expected = PHASES.find((c) => c.phase === phase) as PhaseCase;
    render(
      <ProofTimeline
        escrow={quickEscrow({
          status: phase === 'expired' ? 'cancelled' : 'paid',
          proofInfo: {
            phase,
            uploadDeadline: UPLOAD_DEADLINE,
            reviewDeadline: REVIEW_DEADLINE,
            correctionRounds: expected.rounds ?? 0,
          },
        })}
        viewerEmail={BUYER}
      />,
    );
    expect(steps().map((li) => li.textContent)).toEqual(expected.steps.map(startsWith));
    if (expected.countdown) {
      expect(within(timeline()).getByText(expected.countdown)).toBeInTheDocument();
    }
  });

  it('says who acts when the viewer is neither party', () => {
    render(
      <ProofTimeline
        escrow={quickEscrow({ proofInfo: { phase: 'submitted_waiting_buyer_review' } })}
        proof={proofIn('submitted_waiting_buyer_review')}
        viewerEmail={OUTSIDER}
      />,
    );
    expect(within(currentStep() as HTMLElement).getByText('Waiting for the buyer')).toBeVisible();
    expect(timeline()).toHaveAttribute('data-actor', 'buyer');
  });

  it('takes the viewer from EscrowKitProvider when no viewerEmail is given', () => {
    render(
      <EscrowKitProvider viewer={{ email: 'Traveler@Example.com' }}>
        <ProofTimeline escrow={quickEscrow()} proof={proofIn('waiting_seller_proof')} />
      </EscrowKitProvider>,
    );
    expect(within(currentStep() as HTMLElement).getByText('Your turn')).toBeInTheDocument();
  });
});

describe('ProofTimeline deadlines', () => {
  it('shows the overdue state once the deadline has passed', () => {
    vi.setSystemTime(new Date(Date.parse(UPLOAD_DEADLINE) + 3 * 60_000));
    render(<ProofTimeline escrow={quickEscrow()} proof={proofIn('waiting_seller_proof')} />);
    const countdown = within(currentStep() as HTMLElement).getByText('overdue by 3 min');
    expect(countdown).toHaveAttribute('data-state', 'overdue');
    expect(countdown.closest('p')).toHaveAttribute('data-state', 'overdue');
    expect(screen.getByText(absolute(UPLOAD_DEADLINE))).toBeInTheDocument();
  });

  it('counts down live and turns overdue without a re-render from the host', () => {
    render(
      <ProofTimeline
        escrow={quickEscrow()}
        proof={proofIn('waiting_seller_proof', { uploadDeadline: inMinutes(1) })}
      />,
    );
    expect(screen.getByText('due in 1 min')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(5 * TICK_MS));
    expect(screen.getByText('overdue by less than a minute')).toBeInTheDocument();
    expect(screen.getByText('overdue by less than a minute').closest('p')).toHaveAttribute(
      'data-state',
      'overdue',
    );
  });

  it('leaves out a deadline that is not a date', () => {
    render(
      <ProofTimeline
        escrow={quickEscrow()}
        proof={proofIn('waiting_seller_proof', { uploadDeadline: 'soon' })}
      />,
    );
    expect(within(timeline()).queryByText('Deadline')).toBeNull();
    expect(currentStep()?.textContent).toEqual(startsWith(UPLOAD));
  });

  it('renders on the server with the absolute date and without touching window', () => {
    const html = renderToString(
      <ProofTimeline escrow={quickEscrow()} proof={proofIn('waiting_seller_proof')} />,
    );
    expect(html).toContain('aria-current="step"');
    expect(html).toContain(`dateTime="${UPLOAD_DEADLINE}"`);
    expect(html).toContain('data-state="static"');
  });
});

describe('ProofTimeline correction rounds and history', () => {
  const submissions = [
    {
      submittedAt: '2026-06-18T09:30:00.000Z',
      note: 'Blurry receipt <b>html</b>',
      attachments: [{ mimeType: 'image/jpeg', viewUrl: 'https://cdn.dhmad.tn/p/1.jpg' }],
    },
    {
      submittedAt: '2026-06-19T10:00:00.000Z',
      note: 'Receipt from Apple Store',
      attachments: [
        { mimeType: 'image/jpeg', viewUrl: 'https://cdn.dhmad.tn/p/2.jpg' },
        { mimeType: 'application/pdf', viewUrl: 'https://cdn.dhmad.tn/p/3.pdf' },
      ],
    },
  ];

  it('marks a past correction round done once the seller has sent again', () => {
    render(
      <ProofTimeline
        escrow={quickEscrow()}
        proof={proofIn('submitted_waiting_buyer_review', { correctionRounds: 1, submissions })}
        viewerEmail={BUYER}
      />,
    );
    const correction = steps()[2] as HTMLElement;
    expect(correction.textContent).toEqual(startsWith('Correction requested (round 1)'));
    expect(within(correction).getByText('Done')).toBeInTheDocument();
    expect(currentStep()?.textContent).toEqual(startsWith(REVIEW));
    expect(screen.getByText('Correction rounds: 1')).toBeInTheDocument();
  });

  it('lists every submission with its date, its note as text and its files', async () => {
    vi.useRealTimers();
    const user = userEvent.setup();
    render(
      <ProofTimeline
        escrow={quickEscrow()}
        proof={proofIn('submitted_waiting_buyer_review', {
          correctionRounds: 1,
          submissions,
          latestSubmission: submissions[1] ?? null,
        })}
        viewerEmail={BUYER}
      />,
    );
    const summary = screen.getByText('Submission history');
    const details = summary.closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    // A native summary (jsdom does not toggle it from the keyboard: the browser test does).
    await user.tab();
    expect(summary).toHaveFocus();
    await user.click(summary);
    expect(details.open).toBe(true);

    const items = within(details).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const [first, second] = items as [HTMLElement, HTMLElement];
    expect(within(first).getByText('Submission 1')).toBeInTheDocument();
    const sent = within(first).getByText(absolute('2026-06-18T09:30:00.000Z'));
    expect(sent.tagName).toBe('TIME');
    expect(sent).toHaveAttribute('dateTime', '2026-06-18T09:30:00.000Z');
    expect(sent.parentElement).toHaveTextContent(`Sent ${absolute('2026-06-18T09:30:00.000Z')}`);
    // Server text is text: the markup shows literally and creates no element.
    expect(within(first).getByText('Blurry receipt <b>html</b>')).toBeInTheDocument();
    expect(first.querySelector('b')).toBeNull();
    expect(within(first).getByText('Note')).toBeInTheDocument();
    expect(within(first).getByText('Files: 1')).toBeInTheDocument();
    expect(within(second).getByText('Submission 2')).toBeInTheDocument();
    expect(within(second).getByText('Receipt from Apple Store')).toBeInTheDocument();
    expect(within(second).getByText('Files: 2')).toBeInTheDocument();
  });

  it('falls back to latestSubmission, and shows no history before the first upload', () => {
    const { rerender } = render(
      <ProofTimeline
        proof={proofIn('submitted_waiting_buyer_review', {
          latestSubmission: submissions[1] ?? null,
        })}
      />,
    );
    expect(screen.getByText('Receipt from Apple Store')).toBeInTheDocument();
    rerender(<ProofTimeline proof={proofIn('waiting_seller_proof')} />);
    expect(screen.queryByText('Submission history')).toBeNull();
  });
});

describe('ProofTimeline ends and escrows without proof', () => {
  it('after delivery, waits for the buyer to confirm receipt', () => {
    render(
      <ProofTimeline
        escrow={quickEscrow({ status: 'delivered', proofInfo: { phase: 'accepted' } })}
        proof={proofIn('accepted')}
        viewerEmail={BUYER}
      />,
    );
    expect(timeline()).toHaveAttribute('data-status', 'delivered');
    expect(currentStep()?.textContent).toEqual(startsWith(CONFIRMS));
    expect(within(currentStep() as HTMLElement).getByText('Your turn')).toBeInTheDocument();
    expect(within(steps()[4] as HTMLElement).getByText('Done')).toBeInTheDocument();
  });

  it('shows the buyer’s time to confirm receipt, from the delivered escrow’s completionDeadline', () => {
    const completionDeadline = inMinutes(7 * 24 * 60);
    render(
      <ProofTimeline
        escrow={quickEscrow({
          status: 'delivered',
          proofInfo: { phase: 'accepted' },
          completionDeadline,
        })}
        proof={proofIn('accepted')}
        viewerEmail={SELLER}
      />,
    );
    const step = currentStep() as HTMLElement;
    expect(step.textContent).toEqual(startsWith(CONFIRMS));
    expect(within(step).getByText('Waiting for the buyer')).toBeInTheDocument();
    expect(within(step).getByText('Deadline')).toBeInTheDocument();
    expect(within(step).getByText('due in 7 days')).toHaveAttribute('dateTime', completionDeadline);
  });

  it('once completed, every step is done and nobody is waited for', () => {
    render(
      <ProofTimeline
        escrow={quickEscrow({ status: 'completed', proofInfo: { phase: 'accepted_by_timeout' } })}
        proof={proofIn('accepted_by_timeout')}
        viewerEmail={SELLER}
      />,
    );
    expect(timeline()).toHaveAttribute('data-ended');
    expect(currentStep()).toBeNull();
    expect(steps()).toHaveLength(6);
    for (const li of steps()) expect(within(li).getByText('Done')).toBeInTheDocument();
    expect(screen.queryByText(/^(Your turn|Waiting for)/)).toBeNull();
  });

  it('a cancelled escrow ends with the cancellation, after the steps it reached', () => {
    render(
      <ProofTimeline
        escrow={quickEscrow({ status: 'cancelled', proofInfo: { phase: 'accepted' } })}
        proof={proofIn('accepted')}
        viewerEmail={SELLER}
      />,
    );
    expect(steps().map((li) => li.textContent)).toEqual(
      [PAID, UPLOAD, REVIEW, ACCEPTED, 'Escrow cancelled'].map(startsWith),
    );
    expect(currentStep()).toBeNull();
    expect(timeline()).toHaveAttribute('data-status', 'cancelled');
  });

  it('an escrow cancelled before payment shows only the cancellation', () => {
    render(<ProofTimeline escrow={quickEscrow({ status: 'cancelled', proofInfo: null })} />);
    expect(steps().map((li) => li.textContent)).toEqual([startsWith('Escrow cancelled')]);
  });

  it('a pending Quick Escrow with Proof waits for the buyer to pay', () => {
    render(
      <ProofTimeline
        escrow={quickEscrow({ status: 'pending', proofInfo: null })}
        viewerEmail={BUYER}
      />,
    );
    expect(timeline()).not.toHaveAttribute('data-phase');
    expect(steps().map((li) => li.textContent)).toEqual(
      [PAID, UPLOAD, REVIEW, ACCEPTED, DELIVERS, CONFIRMS].map(startsWith),
    );
    expect(currentStep()?.textContent).toEqual(startsWith(PAID));
    expect(within(currentStep() as HTMLElement).getByText('Your turn')).toBeInTheDocument();
  });

  it.each([
    [
      'standard',
      'paid',
      ['Buyer and seller sign the contract', PAID, DELIVERS, CONFIRMS],
      DELIVERS,
      'seller',
    ],
    [
      'standard',
      'delivered',
      ['Buyer and seller sign the contract', PAID, DELIVERS, CONFIRMS],
      CONFIRMS,
      'buyer',
    ],
    ['quick', 'paid', [PAID, DELIVERS, CONFIRMS], DELIVERS, 'seller'],
    ['quick', 'pending', [PAID, DELIVERS, CONFIRMS], PAID, 'buyer'],
    ['instant', 'paid', [PAID, DELIVERS], DELIVERS, 'seller'],
  ] as const)('a %s escrow without proof, %s', (mode, status, labels, current, actor) => {
    render(
      <ProofTimeline
        escrow={quickEscrow({
          mode,
          status,
          fulfillmentPolicy: null,
          proofInfo: null,
          signatures: { buyerSigned: true, sellerSigned: true, isFullySigned: true },
        })}
        viewerEmail={actor === 'buyer' ? BUYER : SELLER}
      />,
    );
    expect(timeline()).not.toHaveAttribute('data-phase');
    expect(timeline()).toHaveAttribute('data-status', status);
    expect(steps().map((li) => li.textContent)).toEqual(labels.map(startsWith));
    expect(currentStep()?.textContent).toEqual(startsWith(current));
    expect(within(currentStep() as HTMLElement).getByText('Your turn')).toBeInTheDocument();
  });

  it.each([
    ['completed', [PAID, DELIVERS]],
    ['cancelled', [PAID, 'Escrow cancelled']],
  ] as const)('an instant escrow, %s', (status, labels) => {
    render(
      <ProofTimeline
        escrow={quickEscrow({
          mode: 'instant',
          status,
          paidAt: '2026-06-18T09:00:00.000Z',
          fulfillmentPolicy: null,
          proofInfo: null,
        })}
      />,
    );
    expect(steps().map((li) => li.textContent)).toEqual(labels.map(startsWith));
    expect(currentStep()).toBeNull();
  });

  it('a standard escrow before signatures waits for both parties', () => {
    const escrow = quickEscrow({
      mode: 'standard',
      status: 'pending',
      fulfillmentPolicy: null,
      proofInfo: null,
      signatures: { buyerSigned: true, sellerSigned: false },
    });
    const { rerender } = render(<ProofTimeline escrow={escrow} viewerEmail={SELLER} />);
    expect(currentStep()?.textContent).toEqual(startsWith('Buyer and seller sign the contract'));
    expect(within(currentStep() as HTMLElement).getByText('Your turn')).toBeInTheDocument();

    rerender(<ProofTimeline escrow={escrow} viewerEmail={BUYER} />);
    expect(within(currentStep() as HTMLElement).getByText('Waiting for the seller')).toBeVisible();

    rerender(<ProofTimeline escrow={{ ...escrow, signatures: null }} viewerEmail={OUTSIDER} />);
    const current = currentStep() as HTMLElement;
    expect(within(current).getByText('Waiting for the buyer and the seller')).toBeInTheDocument();
    expect(timeline()).toHaveAttribute('data-actor', 'parties');
  });

  it('a status the kit does not know renders, with no step claimed as current', () => {
    render(
      <ProofTimeline
        escrow={quickEscrow({
          mode: 'quick',
          status: 'on_hold_by_bank',
          fulfillmentPolicy: null,
          proofInfo: null,
        })}
      />,
    );
    expect(timeline()).toHaveAttribute('data-status', 'unknown');
    expect(screen.getByText('Unknown status')).toBeInTheDocument();
    expect(currentStep()).toBeNull();
    for (const li of steps()) expect(within(li).getByText('Not yet')).toBeInTheDocument();
  });

  it('renders with no data at all, without a provider', () => {
    render(<ProofTimeline />);
    expect(timeline()).not.toHaveAttribute('data-status');
    expect(steps().length).toBeGreaterThan(0);
  });
});

describe('ProofTimeline languages', () => {
  it('speaks French', () => {
    render(
      <EscrowUIProvider locale="fr-TN" messages={fr}>
        <ProofTimeline
          escrow={quickEscrow()}
          proof={proofIn('waiting_seller_proof')}
          viewerEmail={SELLER}
        />
      </EscrowUIProvider>,
    );
    const root = screen.getByRole('region', { name: 'Avancement de la transaction' });
    expect(root).toHaveAttribute('lang', 'fr-TN');
    const current = within(root).getByRole('listitem', { current: 'step' });
    expect(current.textContent).toEqual(startsWith('Le vendeur envoie la preuve'));
    expect(within(current).getByText('À vous')).toBeInTheDocument();
    expect(within(current).getByText('Étape en cours')).toBeInTheDocument();
    expect(within(current).getByText('dans 5 h 12 min')).toBeInTheDocument();
    expect(within(current).getByText(absolute(UPLOAD_DEADLINE, 'fr-TN'))).toHaveAttribute(
      'dateTime',
      UPLOAD_DEADLINE,
    );
  });

  it('speaks Arabic, right to left', () => {
    render(
      <EscrowUIProvider locale="ar-TN" messages={ar}>
        <ProofTimeline
          escrow={quickEscrow({ proofInfo: { phase: 'correction_requested' } })}
          proof={proofIn('correction_requested', { correctionRounds: 2 })}
          viewerEmail={BUYER}
        />
      </EscrowUIProvider>,
    );
    const root = screen.getByRole('region', { name: 'تقدّم المعاملة' });
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('lang', 'ar-TN');
    const current = within(root).getByRole('listitem', { current: 'step' });
    expect(current.textContent).toEqual(startsWith('طُلب تصحيح (الجولة 2)'));
    expect(within(current).getByText('في انتظار البائع')).toBeInTheDocument();
    expect(within(root).getByText('جولات التصحيح: 2')).toBeInTheDocument();
  });
});

/** The kit as an app sets it up: a fresh QueryClient per test, the buyer signed in. */
function Kit({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <EscrowKitProvider queryClient={queryClient} viewer={{ email: BUYER }} pollInterval={false}>
      {children}
    </EscrowKitProvider>
  );
}

describe('ProofTimeline connected to the proxy', () => {
  const { server, log } = setupMswServer();

  const GET_ESCROW = 'GET /api/escrow/escrows/e1';
  const GET_PROOF = 'GET /api/escrow/escrows/e1/proof';
  const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

  function serve(escrow: Escrow, proof?: Proof) {
    server.use(
      http.get('*/api/escrow/escrows/:id', () => HttpResponse.json({ escrow })),
      http.get('*/api/escrow/escrows/:id/proof', () =>
        proof ? HttpResponse.json({ proof }) : HttpResponse.json({}, { status: 400 }),
      ),
    );
  }

  it('shows a busy placeholder, then the escrow and its proof', async () => {
    vi.useRealTimers();
    serve(
      quickEscrow({ proofInfo: { phase: 'submitted_waiting_buyer_review' } }),
      proofIn('submitted_waiting_buyer_review', {
        submissions: [{ submittedAt: NOW.toISOString(), note: 'Receipt', attachments: [] }],
      }),
    );
    render(
      <Kit>
        <ProofTimeline escrowId="e1" />
      </Kit>,
    );
    expect(timeline()).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Loading escrow…')).toBeInTheDocument();

    expect(await screen.findByText('Submission history')).toBeInTheDocument();
    expect(timeline()).not.toHaveAttribute('aria-busy');
    expect(currentStep()?.textContent).toEqual(startsWith(REVIEW));
    expect(within(currentStep() as HTMLElement).getByText('Your turn')).toBeInTheDocument();
    expect(log).toEqual(expect.arrayContaining([GET_ESCROW, GET_PROOF]));
  });

  it('does not ask for a proof when the escrow has no proof gate', async () => {
    vi.useRealTimers();
    serve(quickEscrow({ mode: 'standard', fulfillmentPolicy: null, proofInfo: null }));
    render(
      <Kit>
        <ProofTimeline escrowId="e1" />
      </Kit>,
    );
    expect(await screen.findByText(/^Buyer and seller sign the contract/)).toBeInTheDocument();
    expect(timeline()).not.toHaveAttribute('aria-busy');
    expect(log.filter((line) => !line.endsWith('/events'))).toEqual([GET_ESCROW]);
  });

  it('a failing escrow gives the error message, and the retry button loads it', async () => {
    let fail = true;
    server.use(
      http.get('*/api/escrow/escrows/:id', () =>
        fail
          ? HttpResponse.json({ error: 'Boom' }, { status: 500 })
          : HttpResponse.json({ escrow: quickEscrow() }),
      ),
      http.get('*/api/escrow/escrows/:id/proof', () =>
        HttpResponse.json({ proof: proofIn('waiting_seller_proof') }),
      ),
    );
    render(
      <Kit>
        <ProofTimeline escrowId="e1" />
      </Kit>,
    );
    // Two retries with backoff, then the failure.
    await advance(10_000);
    expect(screen.getByRole('alert')).toHaveTextContent('We couldn’t load this escrow.');
    expect(timeline()).not.toHaveAttribute('aria-busy');

    fail = false;
    // The user acts in real time (Testing Library's async helpers wait on real timers).
    vi.useRealTimers();
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/^Seller uploads proof/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a failing proof keeps the escrow’s own phase on screen, with a retry', async () => {
    let fail = true;
    server.use(
      http.get('*/api/escrow/escrows/:id', () =>
        HttpResponse.json({
          escrow: quickEscrow({ proofInfo: { phase: 'waiting_seller_proof' } }),
        }),
      ),
      http.get('*/api/escrow/escrows/:id/proof', () =>
        fail
          ? HttpResponse.json({ error: 'Boom' }, { status: 500 })
          : HttpResponse.json({
              proof: proofIn('submitted_waiting_buyer_review', {
                submissions: [{ submittedAt: NOW.toISOString(), note: 'Done', attachments: [] }],
              }),
            }),
      ),
    );
    render(
      <Kit>
        <ProofTimeline escrowId="e1" />
      </Kit>,
    );
    await advance(10_000);
    expect(currentStep()?.textContent).toEqual(startsWith(UPLOAD));
    expect(screen.getByRole('alert')).toHaveTextContent('We couldn’t load this escrow.');

    fail = false;
    vi.useRealTimers();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Submission history')).toBeInTheDocument();
    expect(currentStep()?.textContent).toEqual(startsWith(REVIEW));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describeConformance('ProofTimeline', (props) => (
  <ProofTimeline escrow={quickEscrow()} proof={proofIn('waiting_seller_proof')} {...props} />
));
