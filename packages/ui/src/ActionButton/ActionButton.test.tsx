import {
  BUSINESS_ERROR_CODES,
  CHECKOUT_ACTIONS,
  type CheckoutAction,
  EscrowKitProvider,
  isEscrowApiError,
} from '@kit/hooks';
import { setupMswServer } from '@kit/test-utils/msw';
import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EscrowUIProvider } from '../i18n/EscrowUIProvider';
import { en } from '../i18n/en';
import { fr } from '../locales/fr';
import { describeConformance } from '../test/conformance';
import { ActionButton, type ActionButtonProps } from './ActionButton';

const { server, count } = setupMswServer();
const POST = 'POST /api/escrow/escrows/e1/sessions';
const inHalfAnHour = () => new Date(Date.now() + 30 * 60_000).toISOString();
const session = (url = 'https://sandbox.dhmad.tn/checkout/s-1', expiresAt = inHalfAnHour()) => ({
  sessionId: 's-1',
  url,
  expiresAt,
});

afterEach(() => sessionStorage.clear());

function serveSession(body: unknown = session(), status = 201) {
  server.use(
    http.post('*/api/escrow/escrows/:id/sessions', () =>
      HttpResponse.json(body as object, { status }),
    ),
  );
}

function Kit({ children }: { children: ReactNode }) {
  return <EscrowKitProvider queryClient={new QueryClient()}>{children}</EscrowKitProvider>;
}

function renderButton(props: Partial<ActionButtonProps> = {}) {
  const navigate = vi.fn();
  const utils = render(
    <Kit>
      <ActionButton escrowId="e1" action="accept_pay" navigate={navigate} {...props} />
    </Kit>,
  );
  return { ...utils, navigate, user: userEvent.setup() };
}

describe('ActionButton', () => {
  it('takes the escrow instead of its id, and fetches nothing before the click', async () => {
    serveSession();
    const navigate = vi.fn();
    render(
      <Kit>
        <ActionButton
          escrow={{ id: 'e1', status: 'pending', mode: 'quick' }}
          action="accept_pay"
          navigate={navigate}
        />
      </Kit>,
    );
    const button = screen.getByRole('button', { name: 'Accept and pay' });
    expect(count(POST)).toBe(0);
    await userEvent.click(button);
    await waitFor(() =>
      expect(navigate).toHaveBeenCalledWith('https://sandbox.dhmad.tn/checkout/s-1'),
    );
    expect(count(POST)).toBe(1);
  });

  it.each(CHECKOUT_ACTIONS)('labels %s from messages', (action) => {
    renderButton({ action });
    expect(screen.getByRole('button', { name: en[`action.${action}`] })).toBeInTheDocument();
  });

  it('goes busy, sends one request under 20 rapid clicks, then redirects to DHMAD', async () => {
    let answer = () => {};
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    server.use(
      http.post('*/api/escrow/escrows/:id/sessions', async () => {
        await answered;
        return HttpResponse.json(session(), { status: 201 });
      }),
    );
    const { user, navigate } = renderButton();
    const button = screen.getByRole('button', { name: 'Accept and pay' });
    for (let i = 0; i < 20; i++) await user.click(button);
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveTextContent('Opening secure checkout…');
    answer();
    await waitFor(() =>
      expect(navigate).toHaveBeenCalledWith('https://sandbox.dhmad.tn/checkout/s-1'),
    );
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(count(POST)).toBe(1);
  });

  it.each([
    [
      'a URL on another origin',
      session('https://dhmad.tn.evil.example/checkout/s-1'),
      en['error.untrustedCheckout'],
    ],
    ['a javascript: URL', session('javascript:alert(1)'), en['error.untrustedCheckout']],
    ['an expired session', session(undefined, '2024-01-15T10:30:00Z'), en['error.expiredCheckout']],
  ])('does not navigate to %s, and says why', async (_, body, text) => {
    serveSession(body);
    const { user, navigate } = renderButton();
    await user.click(screen.getByRole('button', { name: 'Accept and pay' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
    expect(navigate).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Accept and pay' })).toBeEnabled();
  });

  it('is usable again when the user comes back from DHMAD to a page restored from cache', async () => {
    serveSession();
    const { user, navigate } = renderButton();
    const button = screen.getByRole('button', { name: 'Accept and pay' });
    await user.click(button);
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    expect(button).toHaveAttribute('aria-busy', 'true');
    act(() => {
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    });
    expect(screen.getByRole('button', { name: 'Accept and pay' })).not.toHaveAttribute('aria-busy');
  });

  it('lets onSessionCreated stop the redirect', async () => {
    serveSession();
    const onSessionCreated = vi.fn(() => false);
    const { user, navigate } = renderButton({ onSessionCreated });
    await user.click(screen.getByRole('button', { name: 'Accept and pay' }));
    await waitFor(() =>
      expect(onSessionCreated).toHaveBeenCalledWith(expect.objectContaining({ sessionId: 's-1' })),
    );
    expect(navigate).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Accept and pay' })).toBeEnabled();
  });

  it.each(BUSINESS_ERROR_CODES)(
    "shows DHMAD's user_message for %s and stays usable",
    async (code) => {
      serveSession(
        {
          error: {
            code,
            type: 'business_rule_violation',
            message: 'dev text',
            user_message: `DHMAD says no (${code}).`,
          },
        },
        400,
      );
      const onError = vi.fn();
      const { user } = renderButton({ onError });
      const button = screen.getByRole('button', { name: 'Accept and pay' });
      await user.click(button);
      const alert = await screen.findByRole('alert');
      await waitFor(() => expect(alert).toHaveTextContent(`DHMAD says no (${code}).`));
      expect(button).toBeEnabled();
      expect(button).not.toHaveAttribute('aria-busy');
      expect(button).toHaveAccessibleDescription(`DHMAD says no (${code}).`);
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code, status: 400 }));
      expect(isEscrowApiError(onError.mock.calls[0]?.[0])).toBe(true);
      await user.click(button);
      await waitFor(() => expect(count(POST)).toBe(2));
    },
  );

  it.each(BUSINESS_ERROR_CODES)(
    'falls back to the kit text for %s when DHMAD sends none',
    async (code) => {
      serveSession({ error: { code, type: 'business_rule_violation', message: 'dev text' } }, 400);
      const { user } = renderButton();
      await user.click(screen.getByRole('button', { name: 'Accept and pay' }));
      await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(en[`code.${code}`]));
    },
  );

  it.each([
    [
      'an unknown code with a user_message',
      { code: 'NEW_RULE_2027', user_message: 'Come back tomorrow.' },
      'Come back tomorrow.',
    ],
    ['an unknown code without one', { code: 'NEW_RULE_2027' }, en['error.generic']],
  ])('handles %s', async (_, error, text) => {
    serveSession({ error: { type: 'business_rule_violation', message: 'x', ...error } }, 400);
    const { user } = renderButton();
    await user.click(screen.getByRole('button', { name: 'Accept and pay' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(text));
  });

  it('shows server text as text, never as HTML', async () => {
    const html = '<img src=x onerror="alert(1)"><b>Refused</b>';
    serveSession(
      { error: { code: 'X', type: 'business_rule_violation', message: 'x', user_message: html } },
      400,
    );
    const { user, container } = renderButton();
    await user.click(screen.getByRole('button', { name: 'Accept and pay' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(html));
    expect(container.querySelector('img, b')).toBeNull();
  });

  it('gives each class of failure its own localized message', async () => {
    const failures: [string, () => Response][] = [
      ['401', () => HttpResponse.json({ error: 'Unauthorized' }, { status: 401 })],
      [
        '403',
        () =>
          HttpResponse.json(
            { error: 'Forbidden', message: 'You do not have access to this escrow.' },
            { status: 403 },
          ),
      ],
      ['404', () => HttpResponse.json({ error: 'Escrow not found' }, { status: 404 })],
      ['409', () => HttpResponse.json({ error: 'Conflict' }, { status: 409 })],
      [
        '429',
        () => HttpResponse.json({ error: 'Too Many Requests', retryAfter: 120 }, { status: 429 }),
      ],
      ['500', () => HttpResponse.json({ error: 'Internal Server Error' }, { status: 500 })],
      ['network', () => HttpResponse.error()],
      ['invalid', () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })],
    ];
    const seen = new Map<string, string>();
    for (const [name, answer] of failures) {
      server.use(http.post('*/api/escrow/escrows/:id/sessions', answer));
      const { user, unmount } = renderButton();
      await user.click(screen.getByRole('button', { name: 'Accept and pay' }));
      await waitFor(() => expect(screen.getByRole('alert')).not.toBeEmptyDOMElement());
      seen.set(name, screen.getByRole('alert').textContent ?? '');
      unmount();
    }
    expect(Object.fromEntries(seen)).toEqual({
      401: en['error.unauthorized'],
      403: en['error.forbidden'],
      404: en['error.notFound'],
      409: en['error.conflict'],
      429: 'Too many attempts. Try again in 2 min.',
      500: en['error.server'],
      network: en['error.network'],
      invalid: en['error.invalidResponse'],
    });
  });

  it.each(['cancel_escrow', 'accept_cancellation', 'dispute'] satisfies CheckoutAction[])(
    'asks before %s, and going back sends nothing',
    async (action) => {
      serveSession();
      const { user, navigate } = renderButton({ action });
      await user.click(screen.getByRole('button', { name: en[`action.${action}`] }));
      const dialog = screen.getByRole('dialog', { name: en[`confirm.${action}.title`] });
      expect(dialog).toHaveTextContent(en[`confirm.${action}.body`]);
      await user.click(within(dialog).getByRole('button', { name: 'Go back' }));
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(count(POST)).toBe(0);

      await user.click(screen.getByRole('button', { name: en[`action.${action}`] }));
      await user.click(
        within(screen.getByRole('dialog')).getByRole('button', { name: 'Continue' }),
      );
      await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
      expect(count(POST)).toBe(1);
    },
  );

  it('does not ask for reversible actions, unless told to', async () => {
    serveSession();
    const { user, navigate } = renderButton({ action: 'complete' });
    await user.click(screen.getByRole('button', { name: 'Confirm receipt' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks when confirm is set on any action', async () => {
    const { user } = renderButton({ action: 'accept_pay', confirm: true });
    await user.click(screen.getByRole('button', { name: 'Accept and pay' }));
    expect(screen.getByRole('dialog', { name: 'Continue to DHMAD?' })).toBeInTheDocument();
  });

  it('sends nothing when disabled', async () => {
    const { user } = renderButton({ disabled: true });
    await user.click(screen.getByRole('button', { name: 'Accept and pay' }));
    expect(count(POST)).toBe(0);
  });

  it('speaks French, including the failures', async () => {
    serveSession({ error: 'Unauthorized' }, 401);
    render(
      <Kit>
        <EscrowUIProvider locale="fr-TN" messages={fr}>
          <ActionButton escrowId="e1" action="accept_pay" navigate={vi.fn()} />
        </EscrowUIProvider>
      </Kit>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Accepter et payer' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(fr['error.unauthorized']),
    );
  });

  it('works with no provider at all, against the default /api/escrow', async () => {
    serveSession();
    const navigate = vi.fn();
    render(<ActionButton escrowId="e1" action="complete" navigate={navigate} />);
    await userEvent.click(screen.getByRole('button', { name: 'Confirm receipt' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
  });
});

describeConformance('ActionButton', (props) => (
  <ActionButton escrowId="e1" action="complete" {...props} />
));
