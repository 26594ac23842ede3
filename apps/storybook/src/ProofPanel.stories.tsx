import { type EscrowAction, isDirectAction } from '@kit/hooks';
import type { DhmadSimulator } from '@kit/mock';
import { BUYER, SELLER } from '@kit/test-utils';
import { EscrowUIProvider, en, type MessageKey, ProofPanel, useKitI18n } from '@kit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useMemo } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { englishOnly } from './support/englishOnly';
import { simulator } from './support/kitSimulator';

const CHECKOUT = 'https://sandbox.dhmad.tn/checkout/';

/** The escrows behind the scenarios, as a user reads them. */
const IPHONE = { title: 'iPhone 15 Pro from Dubai', amount: 'TND 2,500.000' };
const WEBSITE = { title: 'Website redesign', amount: 'TND 1,800.000' };

const meta = {
  title: 'Components/ProofPanel',
  component: ProofPanel,
  args: { escrowId: 'proof-submitted', navigate: fn() },
} satisfies Meta<typeof ProofPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

interface Expected {
  /** The escrow's title and formatted amount. */
  escrow: { title: string; amount: string };
  /** The badge: the status, then the phase or "Disputed" when there is one. */
  badge: [status: string, detail?: string];
  /** The next-step buttons the viewer gets, in order; none: "Nothing for you to do". */
  actions?: EscrowAction[];
  /** How many proof files the panel shows (0: no "Proof of purchase" section). */
  files?: number;
  /** Whether the timeline tells the viewer it is their turn. */
  yourTurn?: boolean;
}

/** One escrow from one party's view: what the user sees, and where the next step leads. */
function panelStory(escrowId: string, viewer: string, expected: Expected): Story {
  const { escrow, badge, actions = [], files = 0, yourTurn = false } = expected;
  return {
    args: { escrowId, navigate: fn() },
    parameters: { viewer },
    play: englishOnly(async ({ canvas, args }) => {
      const title = await canvas.findByRole(
        'heading',
        { level: 2, name: escrow.title },
        { timeout: 5000 },
      );
      const panel = title.closest('article') as HTMLElement;
      const view = within(panel);
      await expect(view.getByText(escrow.amount)).toBeVisible();
      await expect(view.getByText('Amount')).toHaveClass('kit-visually-hidden');

      const badgeElement = panel.querySelector('.kit-badge');
      await expect(badgeElement).toHaveTextContent(badge.join(''));
      await expect(view.getByText(badge[0])).toHaveClass('kit-badge');

      // The proof arrives after the escrow: wait for its files and buttons.
      if (files > 0) {
        const gallery = await view.findByRole(
          'region',
          { name: en['gallery.label'] },
          { timeout: 5000 },
        );
        await expect(gallery).toHaveAttribute('data-count', String(files));
        await expect(
          view.getByRole('heading', { level: 3, name: en['panel.proof'] }),
        ).toBeVisible();
      } else {
        await expect(view.queryByRole('region', { name: en['gallery.label'] })).toBeNull();
      }

      const timeline = view.getByRole('region', { name: en['timeline.label'] });
      if (yourTurn) await expect(within(timeline).getByText(en['timeline.yourTurn'])).toBeVisible();
      else await expect(within(timeline).queryByText(en['timeline.yourTurn'])).toBeNull();

      await expect(
        view.getByRole('heading', { level: 3, name: en['panel.nextSteps'] }),
      ).toBeVisible();
      const steps = view.getByRole('group', { name: en['panel.nextSteps'] });
      await waitFor(() => expect(steps).toHaveAttribute('data-count', String(actions.length)), {
        timeout: 5000,
      });
      const first = actions[0];
      if (!first) {
        await expect(within(steps).getByText(en['panel.noActions'])).toBeVisible();
        await expect(within(steps).queryByRole('button')).toBeNull();
        return;
      }
      await expect(
        within(steps)
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual(actions.map((a) => en[`action.${a}`]));
      await userEvent.click(within(steps).getByRole('button', { name: en[`action.${first}`] }));
      if (isDirectAction(first)) {
        // Taken in place, after its confirmation: announced, nothing opens.
        const dialog = await canvas.findByRole('dialog', { name: en[`confirm.${first}.title`] });
        await userEvent.click(within(dialog).getByRole('button', { name: en[`action.${first}`] }));
        const done = steps.querySelector('.kit-checkout-actions__done');
        await waitFor(() => expect(done).toHaveTextContent(en[`done.${first}`]), { timeout: 5000 });
        await expect(args.navigate).not.toHaveBeenCalled();
        return;
      }
      await waitFor(() => expect(args.navigate).toHaveBeenCalledTimes(1), { timeout: 5000 });
      const session = simulator().latestSession(escrowId);
      await expect(session).toMatchObject({ action: first, targetUserEmail: viewer });
      await expect(args.navigate).toHaveBeenCalledWith(`${CHECKOUT}${session?.sessionId}`);
    }),
  };
}

// One story per proof phase, from the view of whoever acts next (or the buyer).

export const WaitingForProof = panelStory('proof-waiting', SELLER, {
  escrow: IPHONE,
  badge: ['Paid', 'Waiting for proof'],
  actions: ['submit_proof'],
  yourTurn: true,
});
export const ProofInReview = panelStory('proof-submitted', BUYER, {
  escrow: IPHONE,
  badge: ['Paid', 'Proof in review'],
  actions: ['review_proof'],
  files: 2,
  yourTurn: true,
});
export const CorrectionRequested = panelStory('proof-correction-requested', SELLER, {
  escrow: IPHONE,
  badge: ['Paid', 'Correction requested'],
  actions: ['submit_proof'],
  files: 1,
  yourTurn: true,
});
export const ProofAccepted = panelStory('proof-accepted', SELLER, {
  escrow: IPHONE,
  badge: ['Paid', 'Proof accepted'],
  actions: ['deliver'],
  files: 2,
  yourTurn: true,
});
export const ProofAcceptedByTimeout = panelStory('proof-accepted-by-timeout', SELLER, {
  escrow: IPHONE,
  badge: ['Paid', 'Proof accepted automatically'],
  actions: ['deliver'],
  files: 1,
  yourTurn: true,
});
export const ProofNeedsReview = panelStory('proof-needs-review', BUYER, {
  escrow: IPHONE,
  badge: ['Paid', 'Under review by DHMAD'],
  files: 2,
});
export const ProofExpired = panelStory('proof-expired', BUYER, {
  escrow: IPHONE,
  badge: ['Cancelled'],
});

// Standard escrows in each status: the next steps come from DHMAD's rules.

export const StatusPending = panelStory('status-pending', BUYER, {
  escrow: WEBSITE,
  badge: ['Pending'],
  actions: ['sign_contract', 'accept_pay'],
  yourTurn: true,
});
export const StatusPaid = panelStory('status-paid', BUYER, { escrow: WEBSITE, badge: ['Paid'] });
export const StatusDelivered = panelStory('status-delivered', BUYER, {
  escrow: WEBSITE,
  badge: ['Delivered'],
  actions: ['complete'],
  yourTurn: true,
});
export const StatusCompleted = panelStory('status-completed', BUYER, {
  escrow: WEBSITE,
  badge: ['Completed'],
});
export const StatusCancelled = panelStory('status-cancelled', BUYER, {
  escrow: WEBSITE,
  badge: ['Cancelled'],
});

// One escrow per mode, before payment: the buyer's turn (to sign or to pay).

export const ModeStandard = panelStory('mode-standard', BUYER, {
  escrow: WEBSITE,
  badge: ['Pending'],
  actions: ['sign_contract', 'accept_pay'],
  yourTurn: true,
});
export const ModeQuick = panelStory('mode-quick', BUYER, {
  escrow: { title: 'Handmade leather bag', amount: 'TND 320.000' },
  badge: ['Pending'],
  actions: ['accept_pay'],
  yourTurn: true,
});
export const ModeInstant = panelStory('mode-instant', BUYER, {
  escrow: { title: 'E-book: Tunisian cooking', amount: 'TND 25.000' },
  badge: ['Pending'],
  actions: ['accept_pay'],
  yourTurn: true,
});

/** A paid escrow with an open dispute: the badge says so. */
export const Disputed = panelStory('disputed', BUYER, {
  escrow: WEBSITE,
  badge: ['Paid', 'Disputed'],
});

/** The escrow cannot be loaded: the panel says so, and Try again loads it once it can. */
export const LoadError: Story = {
  args: { escrowId: 'proof-submitted', navigate: fn() },
  parameters: {
    simulator: {
      setup: (sim: DhmadSimulator) => sim.faults.set('escrow', { type: 'status', status: 404 }),
    },
  },
  play: englishOnly(async ({ canvas }) => {
    const alert = await canvas.findByRole('alert', {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent(en['error.loadEscrow']);
    await expect(alert).toHaveTextContent(en['error.notFound']);
    await expect(canvas.getByRole('article')).toHaveAttribute('data-status', 'error');
    simulator().faults.clear();
    await userEvent.click(within(alert).getByRole('button', { name: en['error.retry'] }));
    await expect(
      await canvas.findByRole('heading', { level: 2, name: IPHONE.title }, { timeout: 5000 }),
    ).toBeVisible();
    await expect(canvas.getByRole('article')).toHaveAttribute('data-status', 'paid');
  }),
};

const PHASES = [
  'proof-waiting',
  'proof-submitted',
  'proof-correction-requested',
  'proof-accepted',
  'proof-accepted-by-timeout',
  'proof-needs-review',
  'proof-expired',
] as const;

/**
 * Names the landmarks inside one panel after its scenario, in the current language, so that
 * several panels on one page keep their landmarks (timeline, proof files) distinguishable.
 */
function NamedLandmarks({ id, children }: { id: string; children: ReactNode }) {
  const i18n = useKitI18n();
  const messages = useMemo(() => {
    const all = Object.fromEntries(
      (Object.keys(en) as MessageKey[]).map((key) => [key, i18n.t(key)]),
    ) as Record<MessageKey, string>;
    all['timeline.label'] = `${all['timeline.label']}: ${id}`;
    all['gallery.label'] = `${all['gallery.label']}: ${id}`;
    return all;
  }, [i18n, id]);
  return (
    <EscrowUIProvider locale={i18n.locale} dir={i18n.dir} messages={messages}>
      {children}
    </EscrowUIProvider>
  );
}

/** Every proof phase side by side, from the buyer's view; each panel named after its scenario. */
export const AllStates: Story = {
  render: (args) => (
    <div>
      <h2>Every proof phase</h2>
      <div
        style={{
          display: 'grid',
          gap: '1rem',
          gridTemplateColumns: 'repeat(auto-fill, minmax(22rem, 1fr))',
        }}
      >
        {PHASES.map((id) => (
          <NamedLandmarks key={id} id={id}>
            <ProofPanel
              escrowId={id}
              headingLevel={3}
              aria-label={`Escrow ${id}`}
              navigate={args.navigate}
            />
          </NamedLandmarks>
        ))}
      </div>
    </div>
  ),
  play: englishOnly(async ({ canvas }) => {
    await waitFor(
      () =>
        expect(canvas.getAllByRole('heading', { level: 3, name: IPHONE.title })).toHaveLength(7),
      { timeout: 5000 },
    );
    for (const id of PHASES) {
      const panel = canvas.getByRole('article', { name: `Escrow ${id}` });
      await expect(panel).toBeVisible();
      await expect(
        within(panel).getByRole('region', { name: `${en['timeline.label']}: ${id}` }),
      ).toBeVisible();
    }
    const submitted = canvas.getByRole('article', { name: 'Escrow proof-submitted' });
    await expect(
      await within(submitted).findByRole(
        'button',
        { name: en['action.review_proof'] },
        { timeout: 5000 },
      ),
    ).toBeVisible();
    // Only the buyer's one step shows: the seller's uploads are not the buyer's to do.
    await expect(canvas.getAllByRole('button', { name: /^(Review|Upload) proof$/ })).toHaveLength(
      1,
    );
  }),
};
