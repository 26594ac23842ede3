import { render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProofTimeline } from '../ProofTimeline';
import { EscrowUIProvider, useKitI18n } from './EscrowUIProvider';

const AT = '2026-06-19T14:00:00.000Z';
const SUBMITTED = '2026-06-18T23:30:00.000Z';
const inZone =
  (zone?: string) =>
  ({ children }: { children: ReactNode }) => (
    <EscrowUIProvider timeZone={zone}>{children}</EscrowUIProvider>
  );

afterEach(() => vi.restoreAllMocks());

describe('EscrowUIProvider timeZone', () => {
  it.each([
    ['Africa/Tunis', 'Jun 19, 2026, 3:00 PM', 'Jun 19, 2026, 12:30 AM'],
    ['America/Los_Angeles', 'Jun 19, 2026, 7:00 AM', 'Jun 18, 2026, 4:30 PM'],
  ])('shows every date in %s, on the server and in the browser', (zone, deadline, submitted) => {
    const Wrapper = inZone(zone);
    const proof = {
      phase: 'submitted_waiting_buyer_review',
      reviewDeadline: AT,
      submissions: [{ submittedAt: SUBMITTED, attachments: [] }],
      latestSubmission: null,
      checkoutActions: [],
    };
    const timeline = <ProofTimeline proof={proof} />;
    const server = renderToString(<Wrapper>{timeline}</Wrapper>);
    expect(server).toContain(`>${deadline}</time>`);
    expect(server).toContain(`>${submitted}</time>`);

    render(<Wrapper>{timeline}</Wrapper>);
    // In the browser the countdown is live and the absolute date follows it.
    expect(screen.getByText(deadline)).toHaveAttribute('dateTime', AT);
    expect(screen.getByText(submitted)).toHaveAttribute('dateTime', SUBMITTED);
    const { result } = renderHook(() => useKitI18n(), { wrapper: Wrapper });
    expect(result.current.timeZone).toBe(zone);
    expect(result.current.formatDateTime(AT)).toBe(deadline);
  });

  it("uses the device's zone in a browser render when none is given", () => {
    const { result } = renderHook(() => useKitI18n(), { wrapper: inZone(undefined) });
    expect(result.current.timeZone).toBeUndefined();
    const device = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
    expect(result.current.formatDateTime(AT)).toBe(device.format(new Date(AT)));
  });

  it('reports a zone the runtime does not know, and shows UTC', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { result } = renderHook(() => useKitI18n(), { wrapper: inZone('Mars/Olympus_Mons') });
    expect(result.current.timeZone).toBe('UTC');
    expect(result.current.formatDateTime(AT)).toBe('Jun 19, 2026, 2:00 PM');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('"Mars/Olympus_Mons"'));
  });
});
