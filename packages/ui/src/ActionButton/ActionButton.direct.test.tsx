import { type DirectAction, EscrowKitProvider } from '@kit/hooks';
import { setupMswServer } from '@kit/test-utils/msw';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { EscrowStatusBadge } from '../EscrowStatusBadge/EscrowStatusBadge';
import { EscrowUIProvider } from '../i18n/EscrowUIProvider';
import { en } from '../i18n/en';
import { ar } from '../locales/ar';
import { fr } from '../locales/fr';
import { ActionButton, type ActionButtonProps } from './ActionButton';

const { server, count, log } = setupMswServer();

/** Each direct action: its path, the status it starts from, the status DHMAD answers with. */
type EscrowStatus = 'pending' | 'paid' | 'delivered' | 'cancelled';
const CASES: [DirectAction, string, EscrowStatus, EscrowStatus][] = [
  ['deliver', 'deliver', 'paid', 'delivered'],
  ['reject_delivery', 'reject-delivery', 'delivered', 'paid'],
  ['cancel_pending', 'cancel', 'pending', 'cancelled'],
];
const pathOf = (action: DirectAction) => CASES.find(([a]) => a === action)?.[1] ?? '';
const escrowIn = (status: EscrowStatus) => ({
  id: 'e1',
  status,
  mode: 'standard',
  buyer: { email: 'buyer@example.com' },
  seller: { email: 'seller@example.com' },
});

/** The escrow for GET, and the answer of the action's POST; the POST bodies are collected. */
function serve(
  action: DirectAction,
  from: EscrowStatus,
  answer: () => Response | Promise<Response>,
) {
  const bodies: unknown[] = [];
  server.use(
    http.get('*/api/escrow/escrows/e1', () => HttpResponse.json({ escrow: escrowIn(from) })),
    http.post(`*/api/escrow/escrows/e1/${pathOf(action)}`, async ({ request }) => {
      bodies.push(await request.json());
      return answer();
    }),
  );
  return bodies;
}

const done = (status: EscrowStatus) => () =>
  HttpResponse.json({ message: 'Done', escrow: escrowIn(status) });

function Kit({ children }: { children: ReactNode }) {
  return <EscrowKitProvider queryClient={new QueryClient()}>{children}</EscrowKitProvider>;
}

function renderButton(props: Partial<ActionButtonProps> & { action: DirectAction }) {
  const callbacks = { navigate: vi.fn(), onActionDone: vi.fn(), onError: vi.fn() };
  render(
    <Kit>
      <EscrowStatusBadge escrowId="e1" />
      <ActionButton escrowId="e1" {...callbacks} {...props} />
    </Kit>,
  );
  return { ...callbacks, user: userEvent.setup() };
}

const button = (action: DirectAction) =>
  screen.getAllByRole('button', { name: en[`action.${action}`] })[0] as HTMLElement;

/** Clicks the action's button, then the dialog's confirming button. */
async function take(user: ReturnType<typeof userEvent.setup>, action: DirectAction) {
  await user.click(button(action));
  const dialog = screen.getByRole('dialog', { name: en[`confirm.${action}.title`] });
  await user.click(within(dialog).getByRole('button', { name: en[`action.${action}`] }));
}

describe.each(CASES)('ActionButton action="%s"', (action, path, from, to) => {
  const POST = `POST /api/escrow/escrows/e1/${path}`;

  it('takes the action in place: announced, no redirect, the escrow on the page moves without a refetch', async () => {
    serve(action, from, done(to));
    const { user, navigate, onActionDone } = renderButton({ action });
    await screen.findByText(en[`status.${from}`]);
    await take(user, action);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(en[`done.${action}`]));
    expect(screen.getByText(en[`status.${to}`])).toBeInTheDocument();
    expect(screen.queryByText(en[`status.${from}`])).not.toBeInTheDocument();
    expect(count('GET /api/escrow/escrows/e1')).toBe(1);
    expect(count(POST)).toBe(1);
    expect(navigate).not.toHaveBeenCalled();
    expect(onActionDone).toHaveBeenCalledWith({ message: 'Done', escrow: escrowIn(to) });
    expect(button(action)).toBeEnabled();
    expect(button(action)).not.toHaveAttribute('aria-busy');
    expect(button(action).closest('[data-action]')).toHaveAttribute('data-state', 'done');
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it.each([
    [
      '409 with a user_message',
      409,
      {
        error: {
          code: 'PROOF_NOT_ACCEPTED',
          type: 'business_rule_violation',
          message: 'Cannot deliver',
          user_message: 'Wait for the buyer’s review.',
        },
      },
      'Wait for the buyer’s review.',
    ],
    [
      '409 without one',
      409,
      { error: 'Conflict', code: 'PROOF_NOT_ACCEPTED', message: 'Proof not accepted' },
      'The buyer must accept the proof before you can deliver.',
    ],
    [
      '400 with DHMAD’s English state message',
      400,
      { error: 'Bad Request', message: 'Escrow must be in paid status before delivery' },
      en['code.INVALID_STATUS'],
    ],
    [
      '403',
      403,
      { error: 'Forbidden', message: 'Only the seller can mark an escrow as delivered' },
      en['error.forbidden'],
    ],
    ['500', 500, { error: 'Internal Server Error' }, en['error.server']],
    ['429', 429, { error: 'Too Many Requests', retryAfter: 60 }, 'Try again in 1 min.'],
  ])('shows a %s as text, announced, and stays usable', async (_, status, body, text) => {
    serve(action, from, () => HttpResponse.json(body, { status }));
    const { user, navigate, onError } = renderButton({ action });
    await take(user, action);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(text));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(button(action)).toBeEnabled();
    expect(button(action)).not.toHaveAttribute('aria-busy');
    expect(button(action)).toHaveAccessibleDescription(expect.stringContaining(text));
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ status }));
    expect(navigate).not.toHaveBeenCalled();
    await take(user, action);
    await waitFor(() => expect(count(POST)).toBe(2));
  });

  it('says when the network failed', async () => {
    serve(action, from, () => HttpResponse.error());
    const { user } = renderButton({ action });
    await take(user, action);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(en['error.network']));
  });

  it('sends one request however often it is clicked, saying it is sending', async () => {
    let answer = () => {};
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    serve(action, from, async () => {
      await answered;
      return done(to)();
    });
    const { user } = renderButton({ action, confirm: false });
    if (action === 'reject_delivery') {
      await user.click(button(action));
      const dialog = screen.getByRole('dialog');
      const send = within(dialog).getByRole('button', { name: en[`action.${action}`] });
      await user.dblClick(send);
    } else {
      const idle = button(action);
      for (let i = 0; i < 10; i++) await user.click(idle);
    }
    const busy = screen.getByRole('button', { name: 'Sending…' });
    expect(busy).toHaveAttribute('aria-busy', 'true');
    await user.click(busy);
    answer();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(en[`done.${action}`]));
    expect(count(POST)).toBe(1);
  });

  it('ignores the checkout props: it sends nothing of them and never navigates', async () => {
    const bodies = serve(action, from, done(to));
    const onSessionCreated = vi.fn();
    const { user, navigate } = renderButton({
      action,
      targetUserEmail: 'seller@example.com',
      redirectUrl: 'https://shop.example/back',
      metadata: { order: '42' },
      onSessionCreated,
    });
    await take(user, action);
    await screen.findByText(en[`done.${action}`]);
    expect(bodies).toEqual([{}]);
    expect(navigate).not.toHaveBeenCalled();
    expect(onSessionCreated).not.toHaveBeenCalled();
  });
});

describe('ActionButton, direct actions', () => {
  it.each(['deliver', 'cancel_pending', 'reject_delivery'] as const)(
    'asks before %s, and going back sends nothing',
    async (action) => {
      serve(action, 'paid', done('delivered'));
      const { user } = renderButton({ action });
      await user.click(button(action));
      const dialog = screen.getByRole('dialog', { name: en[`confirm.${action}.title`] });
      expect(dialog).toHaveTextContent(en[`confirm.${action}.body`]);
      await user.click(within(dialog).getByRole('button', { name: 'Go back' }));
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(button(action)).toHaveFocus();
      expect(log.filter((line) => line.startsWith('POST'))).toEqual([]);
    },
  );

  it.each([
    ['deliver', false],
    ['cancel_pending', false],
    ['reject_delivery', true],
  ] as const)('with confirm={false}, %s still opens its dialog: %s', async (action, asks) => {
    serve(action, 'paid', done('delivered'));
    const { user } = renderButton({ action, confirm: false });
    await user.click(button(action));
    expect(!!screen.queryByRole('dialog')).toBe(asks);
  });

  it('asks for an optional reason in a labelled textarea with a count, and sends it trimmed', async () => {
    const bodies = serve('reject_delivery', 'delivered', done('paid'));
    const { user } = renderButton({ action: 'reject_delivery' });
    await user.click(button('reject_delivery'));
    const dialog = screen.getByRole('dialog', { name: 'Reject the delivery?' });
    const reason = within(dialog).getByRole('textbox', { name: 'Reason (optional)' });
    expect(reason).toHaveAttribute('maxLength', '1000');
    expect(reason).toHaveAccessibleDescription('0 / 1,000');
    await user.type(reason, '  The box was empty.  ');
    expect(within(dialog).getByText('22 / 1,000')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Reject delivery' }));
    await screen.findByText(en['done.reject_delivery']);
    expect(bodies).toEqual([{ reason: 'The box was empty.' }]);

    await user.click(button('reject_delivery'));
    const again = screen.getByRole('dialog');
    expect(within(again).getByRole('textbox')).toHaveValue('');
    await user.type(within(again).getByRole('textbox'), '   ');
    await user.click(within(again).getByRole('button', { name: 'Reject delivery' }));
    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[1]).toEqual({});
  });

  it('keeps the reason typed when the buyer goes back, and closes on Escape', async () => {
    serve('reject_delivery', 'delivered', done('paid'));
    const { user } = renderButton({ action: 'reject_delivery' });
    await user.click(button('reject_delivery'));
    await user.type(screen.getByRole('textbox'), 'Late');
    await user.click(screen.getByRole('button', { name: 'Go back' }));
    await user.click(button('reject_delivery'));
    expect(screen.getByRole('textbox')).toHaveValue('Late');
    screen.getByRole('dialog').dispatchEvent(new Event('cancel'));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(button('reject_delivery')).toHaveFocus();
    expect(count('POST /api/escrow/escrows/e1/reject-delivery')).toBe(0);
  });

  it('counts in the locale’s digits', async () => {
    render(
      <Kit>
        <EscrowUIProvider locale="ar-EG" messages={ar}>
          <ActionButton escrowId="e1" action="reject_delivery" />
        </EscrowUIProvider>
      </Kit>,
    );
    await userEvent.click(screen.getByRole('button', { name: ar['action.reject_delivery'] }));
    const reason = screen.getByRole('textbox', { name: ar['reject.reason'] });
    expect(reason).toHaveAccessibleDescription('٠ / ١٬٠٠٠');
    await userEvent.type(reason, 'abc');
    expect(reason).toHaveAccessibleDescription('٣ / ١٬٠٠٠');
  });

  it('speaks French', async () => {
    serve('deliver', 'paid', done('delivered'));
    render(
      <Kit>
        <EscrowUIProvider locale="fr-TN" messages={fr}>
          <ActionButton escrowId="e1" action="deliver" confirm={false} />
        </EscrowUIProvider>
      </Kit>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Marquer comme livré' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(fr['done.deliver']));
  });

  it('shows DHMAD’s user_message as text, never as HTML', async () => {
    const html = '<img src=x onerror="alert(1)"><b>Wait</b>';
    serve('deliver', 'paid', () =>
      HttpResponse.json(
        { error: { code: 'PROOF_NOT_ACCEPTED', type: 'b', message: 'x', user_message: html } },
        { status: 409 },
      ),
    );
    const { user } = renderButton({ action: 'deliver', confirm: false });
    await user.click(button('deliver'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(html));
    expect(document.querySelector('.kit-action img, .kit-action b')).toBeNull();
  });
});
