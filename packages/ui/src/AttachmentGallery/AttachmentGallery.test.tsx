import { EscrowKitProvider, type Proof, type ProofAttachment } from '@kit/hooks';
import { reviewFixture } from '@kit/test-utils';
import { QueryClient } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { useMemo, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EscrowUIProvider } from '../i18n/EscrowUIProvider';
import { ar } from '../locales/ar';
import { fr } from '../locales/fr';
import { describeConformance } from '../test/conformance';
import { AttachmentGallery } from './AttachmentGallery';

const CDN = 'https://cdn.dhmad.tn/escrow-proof';
const jpeg = (name: string, query = ''): ProofAttachment => ({
  mimeType: 'image/jpeg',
  viewUrl: `${CDN}/${name}.jpg${query}`,
});
const pdf = (name: string): ProofAttachment => ({
  mimeType: 'application/pdf',
  viewUrl: `${CDN}/${name}.pdf`,
});

const thumbnail = (number: number, total: number) =>
  screen.getByRole('button', { name: `Open image ${number} of ${total}` });
const imgIn = (element: HTMLElement) => {
  const img = element.querySelector('img');
  if (!img) throw new Error('no <img> in this tile');
  return img;
};
const imgOf = (number: number, total: number) => imgIn(thumbnail(number, total));

/** A data-mode host whose `onRefresh` brings freshly signed links (`?sig=2`, `?sig=3`…). */
function RefreshingHost({
  count,
  onRefresh,
  fresh = true,
}: {
  count: number;
  onRefresh: () => unknown;
  fresh?: boolean;
}) {
  const [sig, setSig] = useState(1);
  const attachments = useMemo(
    () => Array.from({ length: count }, (_, i) => jpeg(`p${i}`, `?sig=${sig}`)),
    [count, sig],
  );
  return (
    <AttachmentGallery
      attachments={attachments}
      onRefresh={() => {
        if (fresh) setSig((s) => s + 1);
        return onRefresh();
      }}
    />
  );
}

describe('AttachmentGallery tiles', () => {
  it('shows images as lazy thumbnail buttons and other files as links, numbered per group', () => {
    render(
      <AttachmentGallery
        data-testid="gallery"
        attachments={[
          jpeg('a'),
          pdf('receipt'),
          { mimeType: 'image/png', viewUrl: `${CDN}/b.png` },
          { mimeType: 'application/zip', viewUrl: `${CDN}/c.zip` },
          { viewUrl: `${CDN}/d` },
        ]}
      />,
    );
    const gallery = screen.getByRole('region', { name: 'Proof files' });
    expect(gallery).toHaveAttribute('data-count', '5');
    expect(gallery).toHaveAttribute('data-state', 'ready');
    expect(within(gallery).getAllByRole('listitem')).toHaveLength(5);

    for (const [number, file] of [
      [1, 'a.jpg'],
      [2, 'b.png'],
    ] as const) {
      const img = imgOf(number, 2);
      expect(img).toHaveAttribute('src', `${CDN}/${file}`);
      expect(img).toHaveAttribute('loading', 'lazy');
      expect(img).toHaveAttribute('decoding', 'async');
      expect(img).toHaveAttribute('alt', '');
    }
    expect(screen.getByRole('link', { name: 'Open file 1 of 3 (PDF document)' })).toHaveAttribute(
      'href',
      `${CDN}/receipt.pdf`,
    );
    expect(screen.getByRole('link', { name: 'Open file 2 of 3 (File)' })).toHaveAttribute(
      'href',
      `${CDN}/c.zip`,
    );
    expect(screen.getByRole('link', { name: 'Open file 3 of 3 (File)' })).toHaveAttribute(
      'href',
      `${CDN}/d`,
    );
  });

  it.each([
    ['image/jpeg', 'image'],
    ['IMAGE/WEBP; q=0.9', 'image'],
    ['image/svg+xml', 'image'],
    ['application/pdf', 'pdf'],
    ['application/PDF', 'pdf'],
    ['text/plain', 'file'],
    ['', 'file'],
    [undefined, 'file'],
  ])('renders mimeType %j as a %s tile', (mimeType, kind) => {
    render(<AttachmentGallery attachments={[{ mimeType, viewUrl: `${CDN}/x` }]} />);
    expect(screen.getByRole('listitem')).toHaveAttribute('data-kind', kind);
    if (kind === 'image') expect(thumbnail(1, 1)).toBeInTheDocument();
    else
      expect(
        screen.getByRole('link', {
          name: `Open file 1 of 1 (${kind === 'pdf' ? 'PDF document' : 'File'})`,
        }),
      ).toBeInTheDocument();
  });

  it('opens files in a new tab without giving it the page (noopener noreferrer)', () => {
    render(<AttachmentGallery attachments={[pdf('receipt'), { viewUrl: `${CDN}/x.bin` }]} />);
    for (const link of screen.getAllByRole('link')) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  it('shows a file name when the server sends one, as text, describing the link', () => {
    const attachments = [
      { ...pdf('r'), fileName: 'receipt-apple-store.pdf' },
      { mimeType: 'text/plain', viewUrl: `${CDN}/n.txt`, name: '<img src=x onerror=alert(1)>' },
      { ...pdf('s'), fileName: 42 as never },
    ];
    const { container } = render(<AttachmentGallery attachments={attachments} />);
    expect(
      screen.getByRole('link', { name: 'Open file 1 of 3 (PDF document)' }),
    ).toHaveAccessibleDescription('receipt-apple-store.pdf');
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    // A name that is not a string is ignored: the tile is labelled by its type.
    expect(
      screen.getByRole('link', { name: 'Open file 3 of 3 (PDF document)' }),
    ).not.toHaveAttribute('aria-describedby');
  });

  it('says so when there are no files', () => {
    render(<AttachmentGallery attachments={[]} data-testid="gallery" />);
    expect(screen.getByText('No files yet.')).toBeInTheDocument();
    expect(screen.getByTestId('gallery')).toHaveAttribute('data-state', 'empty');
    expect(screen.getByTestId('gallery')).toHaveAttribute('data-count', '0');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('renders an empty gallery with neither escrowId nor attachments, without a provider', () => {
    render(<AttachmentGallery />);
    expect(screen.getByText('No files yet.')).toBeInTheDocument();
  });

  it('renders 100 attachments as a grid of lazy thumbnails', () => {
    const attachments = Array.from({ length: 100 }, (_, i) => jpeg(`p${i}`));
    render(<AttachmentGallery attachments={attachments} />);
    expect(screen.getAllByRole('button', { name: /^Open image \d+ of 100$/ })).toHaveLength(100);
    expect(thumbnail(100, 100)).toBeInTheDocument();
    const imgs = screen.getAllByRole('listitem').map((item) => imgIn(item));
    expect(imgs.every((img) => img.getAttribute('loading') === 'lazy')).toBe(true);
  });

  it('renders on the server without touching the browser, with the lightbox closed', () => {
    const html = renderToString(<AttachmentGallery attachments={[jpeg('a'), pdf('b')]} />);
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('<dialog');
    expect(html).not.toMatch(/<dialog[^>]*\sopen/);
  });
});

describe('AttachmentGallery URL safety', () => {
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(document.cookie)',
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk',
    'http://evil.example/x.jpg',
    'http://localhost.evil.example/x.jpg',
    'ftp://cdn.dhmad.tn/x.jpg',
    '/escrow-proof/relative.jpg',
    '//evil.example/protocol-relative.jpg',
    'not a url at all',
    'https://',
  ])('refuses %s for an image and for a file: no link, no <img>, not in the page', (viewUrl) => {
    const { container } = render(
      <AttachmentGallery
        attachments={[
          { mimeType: 'image/jpeg', viewUrl },
          { mimeType: 'application/pdf', viewUrl },
        ]}
      />,
    );
    expect(screen.getAllByText('File hidden: unsafe link')).toHaveLength(2);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(container.querySelector('img, a, [src], [href]')).toBeNull();
    expect(container.innerHTML).not.toContain(viewUrl);
    expect(container.innerHTML).not.toContain(viewUrl.replaceAll('&', '&amp;'));
    for (const item of screen.getAllByRole('listitem')) {
      expect(item).toHaveAttribute('data-state', 'unsafe');
    }
  });

  it('refuses a viewUrl that is not a string', () => {
    const { container } = render(
      <AttachmentGallery attachments={[{ mimeType: 'image/png', viewUrl: 42 } as never]} />,
    );
    expect(screen.getByText('File hidden: unsafe link')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it.each([
    'https://cdn.dhmad.tn/escrow-proof/a.jpg?X-Amz-Signature=abc&X-Amz-Expires=900',
    'http://localhost:6006/escrow-proof/a.jpg',
    'http://localhost/a.jpg',
  ])('renders %s', (viewUrl) => {
    render(
      <AttachmentGallery
        attachments={[
          { mimeType: 'image/jpeg', viewUrl },
          { mimeType: 'application/pdf', viewUrl },
        ]}
      />,
    );
    expect(imgOf(1, 1)).toHaveAttribute('src', viewUrl);
    expect(screen.getByRole('link', { name: /PDF document/ })).toHaveAttribute('href', viewUrl);
    expect(screen.queryByText('File hidden: unsafe link')).not.toBeInTheDocument();
  });

  it('keeps numbering among the safe files only', () => {
    render(
      <AttachmentGallery
        attachments={[
          { mimeType: 'image/jpeg', viewUrl: 'javascript:alert(1)' },
          jpeg('a'),
          jpeg('b'),
        ]}
      />,
    );
    expect(thumbnail(1, 2)).toBeInTheDocument();
    expect(thumbnail(2, 2)).toBeInTheDocument();
  });
});

describe('AttachmentGallery expired links', () => {
  it('refreshes once for several images failing together, then loads the new links', async () => {
    const onRefresh = vi.fn();
    render(<RefreshingHost count={3} onRefresh={onRefresh} />);
    const before = [1, 2, 3].map((n) => imgOf(n, 3));
    for (const img of before) fireEvent.error(img);
    expect(onRefresh).toHaveBeenCalledTimes(1);
    await waitFor(() => {
      for (const n of [1, 2, 3])
        expect(imgOf(n, 3)).toHaveAttribute('src', `${CDN}/p${n - 1}.jpg?sig=2`);
    });
    expect(onRefresh).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Link expired')).not.toBeInTheDocument();
  });

  it('turns an image that fails again after the refresh into a "Link expired" tile; Retry refreshes and tries again', async () => {
    const user = userEvent.setup();
    const onRefresh = vi.fn();
    render(<RefreshingHost count={2} onRefresh={onRefresh} />);
    fireEvent.error(imgOf(1, 2));
    await waitFor(() => expect(imgOf(1, 2)).toHaveAttribute('src', `${CDN}/p0.jpg?sig=2`));

    fireEvent.error(imgOf(1, 2));
    expect(onRefresh).toHaveBeenCalledTimes(1);
    const retry = await screen.findByRole('button', { name: /^Retry image \d+ of \d+$/ });
    expect(retry).toHaveAccessibleDescription('Link expired');
    expect(screen.queryByRole('button', { name: 'Open image 1 of 2' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('listitem')[0]).toContainElement(retry);
    expect(imgOf(2, 2)).toHaveAttribute('src', `${CDN}/p1.jpg?sig=2`);

    await user.click(retry);
    expect(onRefresh).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(imgOf(1, 2)).toHaveAttribute('src', `${CDN}/p0.jpg?sig=3`));
    expect(thumbnail(1, 2)).toHaveFocus();
    expect(screen.queryByText('Link expired')).not.toBeInTheDocument();
  });

  it('awaits a refresh promise: images failing meanwhile wait for it instead of refreshing again', async () => {
    let finish = () => {};
    const onRefresh = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(
      <AttachmentGallery
        data-testid="gallery"
        attachments={[jpeg('a'), jpeg('b')]}
        onRefresh={onRefresh}
      />,
    );
    fireEvent.error(imgOf(1, 2));
    expect(screen.getByTestId('gallery')).toHaveAttribute('data-refreshing');
    expect(thumbnail(1, 2)).toHaveAttribute('data-state', 'refreshing');
    fireEvent.error(imgOf(2, 2));
    fireEvent.error(imgOf(1, 2));
    expect(onRefresh).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Link expired')).not.toBeInTheDocument();

    // The refresh brought no new links: the images load once more, then give up.
    const first = imgOf(1, 2);
    finish();
    await waitFor(() => expect(imgOf(1, 2)).not.toBe(first));
    expect(screen.getByTestId('gallery')).not.toHaveAttribute('data-refreshing');
    fireEvent.error(imgOf(1, 2));
    fireEvent.error(imgOf(2, 2));
    expect(await screen.findAllByText('Link expired')).toHaveLength(2);
    expect(onRefresh).toHaveBeenCalledTimes(1);
  });

  it('shows "Link expired" after a failed refresh', async () => {
    const onRefresh = vi.fn(() => Promise.reject(new Error('offline')));
    render(<AttachmentGallery attachments={[jpeg('a')]} onRefresh={onRefresh} />);
    const first = imgOf(1, 1);
    fireEvent.error(first);
    await waitFor(() => expect(imgOf(1, 1)).not.toBe(first));
    fireEvent.error(imgOf(1, 1));
    expect(
      await screen.findByRole('button', { name: /^Retry image \d+ of \d+$/ }),
    ).toBeInTheDocument();
    expect(onRefresh).toHaveBeenCalledTimes(1);
  });

  it('shows "Link expired" at once without onRefresh, and Retry loads the image again', async () => {
    const user = userEvent.setup();
    render(<AttachmentGallery attachments={[jpeg('a')]} />);
    fireEvent.error(imgOf(1, 1));
    await user.click(await screen.findByRole('button', { name: /^Retry image \d+ of \d+$/ }));
    expect(imgOf(1, 1)).toHaveAttribute('src', `${CDN}/a.jpg`);
    fireEvent.error(imgOf(1, 1));
    expect(
      await screen.findByRole('button', { name: /^Retry image \d+ of \d+$/ }),
    ).toBeInTheDocument();
  });

  it('expires a fresh link that fails soon after the refresh, but refreshes again much later', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const onRefresh = vi.fn();
      render(<RefreshingHost count={2} onRefresh={onRefresh} />);
      fireEvent.error(imgOf(1, 2));
      await waitFor(() => expect(imgOf(2, 2)).toHaveAttribute('src', `${CDN}/p1.jpg?sig=2`));
      fireEvent.load(imgOf(1, 2));
      // Image 2 had not failed before, but its fresh link does: no second refresh.
      fireEvent.error(imgOf(2, 2));
      expect(await screen.findByText('Link expired')).toBeInTheDocument();
      expect(onRefresh).toHaveBeenCalledTimes(1);

      // Twenty minutes on, image 1's link (which loaded fine) expires in turn: refresh again.
      vi.setSystemTime(Date.now() + 20 * 60_000);
      fireEvent.error(imgOf(1, 2));
      expect(onRefresh).toHaveBeenCalledTimes(2);
      await waitFor(() => expect(imgOf(1, 2)).toHaveAttribute('src', `${CDN}/p0.jpg?sig=3`));
      // Image 2, expired at sig=2, tries its newer link by itself.
      expect(imgOf(2, 2)).toHaveAttribute('src', `${CDN}/p1.jpg?sig=3`);
      expect(screen.queryByText('Link expired')).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('moves focus to Retry when the focused thumbnail expires', async () => {
    const user = userEvent.setup();
    render(<AttachmentGallery attachments={[jpeg('a')]} />);
    await user.tab();
    expect(thumbnail(1, 1)).toHaveFocus();
    fireEvent.error(imgOf(1, 1));
    expect(await screen.findByRole('button', { name: /^Retry image \d+ of \d+$/ })).toHaveFocus();
  });
});

describe('AttachmentGallery lightbox', () => {
  const three = [jpeg('a'), pdf('receipt'), jpeg('b'), jpeg('c')];
  const dialogImg = () => imgIn(screen.getByRole('dialog', { name: 'Proof files' }));

  it('opens on a thumbnail, moves with arrows, Home/End and buttons, closes on Escape and returns focus', async () => {
    const user = userEvent.setup();
    render(<AttachmentGallery data-testid="gallery" attachments={three} />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(thumbnail(1, 3));
    const dialog = screen.getByRole('dialog', { name: 'Proof files' });
    expect(dialog).toHaveAttribute('open');
    expect(screen.getByTestId('gallery')).toHaveAttribute('data-lightbox', 'open');
    expect(within(dialog).getByText('1 of 3')).toBeInTheDocument();
    expect(dialogImg()).toHaveAttribute('src', `${CDN}/a.jpg`);
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();

    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByText('2 of 3')).toBeInTheDocument();
    expect(dialogImg()).toHaveAttribute('src', `${CDN}/b.jpg`);
    await user.keyboard('{End}');
    expect(within(dialog).getByText('3 of 3')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByText('1 of 3')).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(within(dialog).getByText('3 of 3')).toBeInTheDocument();
    await user.keyboard('{Home}');
    expect(within(dialog).getByText('1 of 3')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Next file' }));
    await user.click(within(dialog).getByRole('button', { name: 'Next file' }));
    expect(within(dialog).getByText('3 of 3')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Previous file' }));
    expect(within(dialog).getByText('2 of 3')).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByTestId('gallery')).not.toHaveAttribute('data-lightbox');
    // The image shown last was the second: its thumbnail gets the focus.
    expect(thumbnail(2, 3)).toHaveFocus();
  });

  it('closes with the Close button and returns focus to the thumbnail that opened it', async () => {
    const user = userEvent.setup();
    render(<AttachmentGallery attachments={three} />);
    await user.click(thumbnail(3, 3));
    expect(screen.getByText('3 of 3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(thumbnail(3, 3)).toHaveFocus();
  });

  it('opens from the keyboard', async () => {
    const user = userEvent.setup();
    render(<AttachmentGallery attachments={three} />);
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog', { name: 'Proof files' })).toBeInTheDocument();
    expect(screen.getByText('1 of 3')).toBeInTheDocument();
  });

  it('has no Previous/Next for a single image', async () => {
    const user = userEvent.setup();
    render(<AttachmentGallery attachments={[jpeg('a'), pdf('b')]} />);
    await user.click(thumbnail(1, 1));
    expect(screen.getByText('1 of 1')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Next file' })).not.toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('1 of 1')).toBeInTheDocument();
  });

  it('shows the file name under the large image', async () => {
    const user = userEvent.setup();
    render(<AttachmentGallery attachments={[{ ...jpeg('a'), fileName: 'receipt.jpg' }]} />);
    await user.click(thumbnail(1, 1));
    expect(within(screen.getByRole('dialog')).getByText('receipt.jpg')).toBeInTheDocument();
  });

  it('takes part in the refresh: a large image that fails refreshes once, then offers Retry', async () => {
    const user = userEvent.setup();
    const onRefresh = vi.fn();
    render(<RefreshingHost count={2} onRefresh={onRefresh} />);
    await user.click(thumbnail(2, 2));
    fireEvent.error(dialogImg());
    expect(onRefresh).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(dialogImg()).toHaveAttribute('src', `${CDN}/p1.jpg?sig=2`));
    fireEvent.error(dialogImg());
    const dialog = screen.getByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: 'Retry' }));
    expect(onRefresh).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(dialogImg()).toHaveAttribute('src', `${CDN}/p1.jpg?sig=3`));
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
  });

  it('mirrors the arrows right to left (Arabic)', async () => {
    const user = userEvent.setup();
    render(
      <EscrowUIProvider locale="ar-TN" messages={ar}>
        <AttachmentGallery attachments={three} />
      </EscrowUIProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'فتح الصورة 1 من 3' }));
    const dialog = screen.getByRole('dialog', { name: 'ملفات الإثبات' });
    await user.keyboard('{ArrowLeft}');
    expect(within(dialog).getByText('2 من 3')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByText('1 من 3')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByText('3 من 3')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'إغلاق' }));
    expect(screen.getByRole('button', { name: 'فتح الصورة 3 من 3' })).toHaveFocus();
  });
});

describe('AttachmentGallery languages', () => {
  const attachments = [
    jpeg('a'),
    pdf('b'),
    { mimeType: 'application/zip', viewUrl: `${CDN}/c.zip` },
    { mimeType: 'image/png', viewUrl: 'javascript:alert(1)' },
  ];

  it('speaks French', async () => {
    const user = userEvent.setup();
    render(
      <EscrowUIProvider locale="fr-TN" messages={fr}>
        <AttachmentGallery attachments={attachments} />
      </EscrowUIProvider>,
    );
    expect(screen.getByRole('region', { name: 'Fichiers de preuve' })).toHaveAttribute(
      'lang',
      'fr-TN',
    );
    expect(
      screen.getByRole('link', { name: 'Ouvrir le fichier 1 sur 2 (Document PDF)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Ouvrir le fichier 2 sur 2 (Fichier)' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Fichier masqué : lien non sûr')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ouvrir l’image 1 sur 1' }));
    expect(screen.getByRole('button', { name: 'Fermer' })).toBeInTheDocument();
    expect(screen.getByText('1 sur 1')).toBeInTheDocument();
    fireEvent.error(imgIn(screen.getByRole('dialog')));
    expect(await screen.findAllByText('Lien expiré')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Réessayer l’image 1 sur 1' })).toBeInTheDocument();
  });

  it('speaks Arabic, right to left', () => {
    render(
      <EscrowUIProvider locale="ar-TN" messages={ar}>
        <AttachmentGallery attachments={[]} />
        <AttachmentGallery attachments={attachments} />
      </EscrowUIProvider>,
    );
    expect(screen.getByText('لا توجد ملفات بعد.')).toBeInTheDocument();
    const [, gallery] = screen.getAllByRole('region', { name: 'ملفات الإثبات' });
    expect(gallery).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('button', { name: 'فتح الصورة 1 من 1' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'فتح الملف 1 من 2 (مستند PDF)' })).toBeInTheDocument();
    expect(screen.getByText('الملف مخفي: رابط غير آمن')).toBeInTheDocument();
  });
});

describe('AttachmentGallery connected to an escrow', () => {
  const server = setupServer();
  const requests: string[] = [];
  server.events.on('request:start', ({ request }) => {
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    requests.length = 0;
  });
  afterAll(() => server.close());
  const proofRequests = () => requests.filter((r) => r === 'GET /api/escrow/escrows/e1/proof');

  const submission = (files: string[]) => ({
    submittedAt: '2026-06-19T14:00:00.000Z',
    note: 'Receipt from Apple Store',
    attachments: files.map((file) => jpeg(file)),
  });
  const proof = (overrides: Partial<Proof> = {}): Proof => ({
    phase: 'submitted_waiting_buyer_review',
    correctionRounds: 1,
    submissionCount: 2,
    submissions: [submission(['old']), submission(['new1', 'new2'])],
    latestSubmission: submission(['new1', 'new2']),
    checkoutActions: [],
    ...overrides,
  });

  /** The escrow: a paid Quick Escrow with Proof, so its proof is fetched. */
  const serveEscrow = () =>
    server.use(
      http.get('*/api/escrow/escrows/:id', () =>
        HttpResponse.json({ escrow: reviewFixture([], '2026-06-21T10:00:00.000Z').escrow }),
      ),
    );

  /** Answers like DHMAD: every answer carries freshly signed links (`?sig=1`, `?sig=2`…). */
  function serveProof(body: Proof) {
    let n = 0;
    serveEscrow();
    server.use(
      http.get('*/api/escrow/escrows/:id/proof', () => {
        n++;
        const sign = (s: Proof['latestSubmission']) =>
          s && {
            ...s,
            attachments: s.attachments.map((a) => ({ ...a, viewUrl: `${a.viewUrl}?sig=${n}` })),
          };
        return HttpResponse.json({
          proof: {
            ...body,
            submissions: body.submissions.map((s) => sign(s)),
            latestSubmission: sign(body.latestSubmission),
          },
        });
      }),
    );
  }

  const renderConnected = (ui = <AttachmentGallery escrowId="e1" data-testid="gallery" />) =>
    render(
      <EscrowKitProvider
        queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
      >
        {ui}
      </EscrowKitProvider>,
    );

  it('shows a busy placeholder, then the latest submission as thumbnails', async () => {
    serveProof(proof());
    renderConnected();
    const gallery = screen.getByTestId('gallery');
    expect(gallery).toHaveAttribute('aria-busy', 'true');
    expect(gallery).toHaveAttribute('data-state', 'loading');
    expect(await screen.findByRole('button', { name: 'Open image 1 of 2' })).toBeInTheDocument();
    expect(imgOf(1, 2)).toHaveAttribute('src', `${CDN}/new1.jpg?sig=1`);
    expect(imgOf(2, 2)).toHaveAttribute('src', `${CDN}/new2.jpg?sig=1`);
    expect(gallery).not.toHaveAttribute('aria-busy');
    expect(gallery).toHaveAttribute('data-count', '2');
  });

  it('falls back to the last submission, and to "No files yet" before any', async () => {
    serveProof(proof({ latestSubmission: null }));
    renderConnected();
    expect(await screen.findByRole('button', { name: 'Open image 2 of 2' })).toBeInTheDocument();
    expect(imgOf(1, 2)).toHaveAttribute('src', `${CDN}/new1.jpg?sig=1`);
  });

  it('shows "No files yet" while the seller has not submitted', async () => {
    serveProof(proof({ phase: 'waiting_seller_proof', submissions: [], latestSubmission: null }));
    renderConnected();
    expect(await screen.findByText('No files yet.')).toBeInTheDocument();
  });

  it('re-fetches the proof once when images fail, and loads the fresh links', async () => {
    serveProof(proof());
    const onRefresh = vi.fn();
    renderConnected(<AttachmentGallery escrowId="e1" onRefresh={onRefresh} />);
    await screen.findByRole('button', { name: 'Open image 1 of 2' });
    fireEvent.error(imgOf(1, 2));
    fireEvent.error(imgOf(2, 2));
    await waitFor(() => expect(imgOf(1, 2)).toHaveAttribute('src', `${CDN}/new1.jpg?sig=2`));
    expect(imgOf(2, 2)).toHaveAttribute('src', `${CDN}/new2.jpg?sig=2`);
    expect(proofRequests()).toHaveLength(2);
    expect(onRefresh).toHaveBeenCalledTimes(1);

    fireEvent.error(imgOf(1, 2));
    const retry = await screen.findByRole('button', { name: /^Retry image \d+ of \d+$/ });
    expect(proofRequests()).toHaveLength(2);
    await userEvent.setup().click(retry);
    await waitFor(() => expect(imgOf(1, 2)).toHaveAttribute('src', `${CDN}/new1.jpg?sig=3`));
    expect(proofRequests()).toHaveLength(3);
  });

  it('says when the proof cannot be loaded, and retries on demand', async () => {
    const user = userEvent.setup();
    serveEscrow();
    server.use(
      http.get('*/api/escrow/escrows/:id/proof', () =>
        HttpResponse.json(
          { error: { code: 'NOT_FOUND', type: 'not_found', message: 'Escrow not found' } },
          { status: 404 },
        ),
      ),
    );
    renderConnected();
    expect(await screen.findByText('We couldn’t load the proof files.')).toBeInTheDocument();
    expect(screen.getByTestId('gallery')).toHaveAttribute('data-state', 'error');
    serveProof(proof());
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Open image 1 of 2' })).toBeInTheDocument();
  });

  it('prefers attachments given as data over fetching', () => {
    renderConnected(<AttachmentGallery escrowId="e1" attachments={[pdf('x')]} />);
    expect(screen.getByRole('link', { name: 'Open file 1 of 1 (PDF document)' })).toBeVisible();
    expect(requests).toEqual([]);
  });
});

describeConformance('AttachmentGallery', (props) => (
  <AttachmentGallery attachments={[jpeg('a'), pdf('b')]} {...props} />
));
