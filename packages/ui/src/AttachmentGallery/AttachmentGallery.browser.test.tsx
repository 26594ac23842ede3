import '../styles.css';
// Until the lead adds it to styles.css; importing it twice afterwards changes nothing.
import type { ProofAttachment } from '@kit/hooks';
import { render, screen, waitFor, within } from '@testing-library/react';
import { type CSSProperties, type ReactNode, useMemo, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { EscrowUIProvider } from '../i18n/EscrowUIProvider';
import { ar } from '../locales/ar';
import { expectNoAxeViolations } from '../test/expectNoAxeViolations';
import { AttachmentGallery } from './AttachmentGallery';

// Served by the Vitest browser server over http://localhost:<port>, like a proxy's links.
const photo = new URL('./fixtures/photo.png', import.meta.url).href;
const missing = new URL('/definitely-missing.png', import.meta.url).href;
let unique = 0;
/** A link the browser has not cached yet, so its loading can be observed. */
const fresh = (url: string) => `${url}?v=${Date.now()}-${++unique}`;

const image = (viewUrl: string): ProofAttachment => ({ mimeType: 'image/png', viewUrl });
const thumbnail = (number: number, total: number) =>
  screen.getByRole('button', { name: `Open image ${number} of ${total}` });
const imgIn = (element: HTMLElement) => {
  const img = element.querySelector('img');
  if (!img) throw new Error('no <img> here');
  return img;
};
const loaded = (img: HTMLImageElement) =>
  waitFor(() => expect(img.complete && img.naturalWidth > 0).toBe(true));
const size = (element: Element) => {
  const { width, height } = element.getBoundingClientRect();
  return { width, height };
};

/** A data-mode host whose refresh brings new (still missing) links, as an expired CDN would. */
function ExpiringHost({ count, onRefresh }: { count: number; onRefresh: () => void }) {
  const [sig, setSig] = useState(1);
  const attachments = useMemo(
    () => Array.from({ length: count }, (_, i) => image(`${missing}?file=${i}&sig=${sig}`)),
    [count, sig],
  );
  return (
    <AttachmentGallery
      attachments={attachments}
      onRefresh={() => {
        onRefresh();
        setSig((s) => s + 1);
      }}
    />
  );
}

function Frame({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  return <div style={{ inlineSize: '40rem', padding: '1rem', ...style }}>{children}</div>;
}

describe('AttachmentGallery in Chromium', () => {
  it('opens a real modal <dialog>, moves with arrows/Home/End, closes on Escape and returns focus', async () => {
    render(
      <Frame>
        <AttachmentGallery
          attachments={[
            image(photo),
            { mimeType: 'application/pdf', viewUrl: 'https://cdn.dhmad.tn/r.pdf' },
            image(`${photo}?b`),
            image(`${photo}?c`),
          ]}
        />
      </Frame>,
    );
    await userEvent.click(thumbnail(1, 3));
    const dialog = screen.getByRole('dialog', { name: 'Proof files' }) as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(dialog.matches(':modal')).toBe(true);
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    expect(getComputedStyle(dialog, '::backdrop').backgroundColor).toBe('rgba(15, 20, 25, 0.72)');
    await loaded(imgIn(dialog));

    await userEvent.keyboard('{ArrowRight}');
    expect(within(dialog).getByText('2 of 3')).toBeVisible();
    expect(imgIn(dialog).src).toBe(`${photo}?b`);
    await userEvent.keyboard('{End}');
    expect(within(dialog).getByText('3 of 3')).toBeVisible();
    await userEvent.keyboard('{ArrowLeft}');
    expect(within(dialog).getByText('2 of 3')).toBeVisible();
    await userEvent.keyboard('{Home}');
    expect(within(dialog).getByText('1 of 3')).toBeVisible();
    await userEvent.keyboard('{ArrowLeft}');
    expect(within(dialog).getByText('3 of 3')).toBeVisible();

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(dialog.open).toBe(false));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(thumbnail(3, 3)).toHaveFocus());

    await userEvent.click(thumbnail(2, 3));
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(thumbnail(2, 3)).toHaveFocus());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('mirrors the arrows in Arabic', async () => {
    render(
      <EscrowUIProvider locale="ar-TN" messages={ar}>
        <AttachmentGallery attachments={[image(photo), image(`${photo}?b`)]} />
      </EscrowUIProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'فتح الصورة 1 من 2' }));
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByText('2 من 2')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'فتح الصورة 2 من 2' })).toHaveFocus(),
    );
  });

  it('keeps every tile the same fixed-ratio size before and after its image loads', async () => {
    // photo.png is 120 × 40 (3:1): the boxes stay 4:3 and the image covers them.
    render(
      <Frame>
        <AttachmentGallery
          attachments={[
            image(fresh(photo)),
            image(fresh(photo)),
            { mimeType: 'application/pdf', viewUrl: 'https://cdn.dhmad.tn/r.pdf' },
          ]}
        />
      </Frame>,
    );
    const first = thumbnail(1, 2);
    const img = imgIn(first);
    const pdf = screen.getByRole('link', { name: 'Open file 1 of 1 (PDF document)' });
    const before = size(first);
    const itemsBefore = screen.getAllByRole('listitem').map(size);
    expect(img.complete && img.naturalWidth > 0).toBe(false);
    expect(before.width).toBeGreaterThan(100);
    expect(before.height).toBeCloseTo((before.width * 3) / 4, 0);

    await loaded(img);
    await loaded(imgIn(thumbnail(2, 2)));
    expect(img.naturalWidth / img.naturalHeight).toBe(3);
    expect(size(first)).toEqual(before);
    expect(screen.getAllByRole('listitem').map(size)).toEqual(itemsBefore);
    expect(size(img)).toEqual({ width: before.width - 2, height: before.height - 2 });
    expect(getComputedStyle(img).objectFit).toBe('cover');
    expect(size(pdf.parentElement as HTMLElement)).toEqual(before);
  });

  it('lets a host choose the ratio and the columns through --kit-gallery-* tokens', () => {
    render(
      <Frame
        style={
          {
            '--kit-gallery-aspect-ratio': '1 / 1',
            '--kit-gallery-columns': 'repeat(2, 1fr)',
          } as CSSProperties
        }
      >
        <AttachmentGallery attachments={[image(photo), image(`${photo}?b`), image(`${photo}?c`)]} />
      </Frame>,
    );
    const { width, height } = size(thumbnail(1, 3));
    expect(height).toBeCloseTo(width, 0);
    expect(thumbnail(2, 3).getBoundingClientRect().top).toBe(
      thumbnail(1, 3).getBoundingClientRect().top,
    );
    expect(thumbnail(3, 3).getBoundingClientRect().top).toBeGreaterThan(
      thumbnail(1, 3).getBoundingClientRect().bottom,
    );
  });

  it('refreshes exactly once when images 404, then shows "Link expired — Retry"', async () => {
    const onRefresh = vi.fn();
    render(
      <Frame>
        <ExpiringHost count={3} onRefresh={onRefresh} />
      </Frame>,
    );
    const retries = await screen.findAllByRole(
      'button',
      { name: /^Retry image \d+ of \d+$/ },
      { timeout: 5000 },
    );
    await waitFor(() =>
      expect(screen.getAllByRole('button', { name: /^Retry image \d+ of \d+$/ })).toHaveLength(3),
    );
    expect(screen.getAllByText('Link expired')).toHaveLength(3);
    expect(onRefresh).toHaveBeenCalledTimes(1);
    // Nothing else happens on its own.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(onRefresh).toHaveBeenCalledTimes(1);

    // Retry refreshes once more and tries that image again (still missing: expired again).
    await userEvent.click(retries[0] as HTMLElement);
    expect(onRefresh).toHaveBeenCalledTimes(2);
    await waitFor(() =>
      expect(screen.getAllByRole('button', { name: /^Retry image \d+ of \d+$/ })).toHaveLength(3),
    );
    expect(onRefresh).toHaveBeenCalledTimes(2);
  });

  it('has no axe violations in light, dark and Arabic, nor with the lightbox open', async () => {
    const attachments = [
      image(photo),
      {
        mimeType: 'application/pdf',
        viewUrl: 'https://cdn.dhmad.tn/r.pdf',
        fileName: 'receipt.pdf',
      },
      { mimeType: 'application/zip', viewUrl: 'https://cdn.dhmad.tn/r.zip' },
      image('javascript:alert(1)'),
      image(missing), // no onRefresh: shows "Link expired" at once
    ];
    const { container } = render(
      <main>
        <Frame>
          <AttachmentGallery aria-label="Light" attachments={attachments} />
          <AttachmentGallery aria-label="Empty" attachments={[]} />
        </Frame>
        <Frame style={{ background: 'var(--kit-color-bg)' }}>
          <div data-kit-theme="dark" style={{ background: 'var(--kit-color-bg)' }}>
            <AttachmentGallery aria-label="Dark" attachments={attachments} />
          </div>
        </Frame>
        <Frame>
          <EscrowUIProvider locale="ar-TN" messages={ar}>
            <AttachmentGallery attachments={attachments} />
          </EscrowUIProvider>
        </Frame>
      </main>,
    );
    await waitFor(() =>
      expect(screen.getAllByRole('button', { name: /^Retry image \d+ of \d+$/ })).toHaveLength(2),
    );
    await waitFor(() =>
      expect(screen.getAllByRole('button', { name: /^إعادة محاولة الصورة / })).toHaveLength(1),
    );
    await expectNoAxeViolations(container);

    for (const name of ['Light', 'Dark']) {
      await userEvent.click(
        within(screen.getByRole('region', { name })).getByRole('button', {
          name: 'Open image 1 of 2',
        }),
      );
      await loaded(imgIn(screen.getByRole('dialog')));
      await expectNoAxeViolations(container);
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    }

    await userEvent.click(screen.getByRole('button', { name: 'فتح الصورة 1 من 2' }));
    await loaded(imgIn(screen.getByRole('dialog')));
    await expectNoAxeViolations(container);
  });
});
