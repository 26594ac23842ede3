import { AttachmentGallery, en, type GalleryAttachment } from '@kit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { englishOnly } from './support/englishOnly';

/** Files served by Storybook itself (apps/storybook/public), so links are real and local. */
const file = (name: string) => new URL(`/fixtures/${name}`, location.href).href;
const receipt: GalleryAttachment = {
  mimeType: 'image/jpeg',
  viewUrl: file('receipt.jpg'),
  fileName: 'receipt.jpg',
};
const product: GalleryAttachment = {
  mimeType: 'image/png',
  viewUrl: file('product.png'),
  fileName: 'product.png',
};
const photo: GalleryAttachment = { mimeType: 'image/png', viewUrl: file('photo.png') };
const pdf: GalleryAttachment = {
  mimeType: 'application/pdf',
  viewUrl: 'https://files.dhmad.test/order-confirmation.pdf',
  fileName: 'order-confirmation.pdf',
};
const other: GalleryAttachment = {
  mimeType: 'application/zip',
  viewUrl: 'https://files.dhmad.test/tracking.zip',
};

const meta = {
  title: 'Components/AttachmentGallery',
  component: AttachmentGallery,
  args: { attachments: [receipt, product, photo] },
} satisfies Meta<typeof AttachmentGallery>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Images: Story = {
  play: englishOnly(async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Open image 2 of 3' }));
    const dialog = within(document.body).getByRole('dialog');
    await expect(dialog).toHaveTextContent('2 of 3');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Next file' }));
    await expect(dialog).toHaveTextContent('3 of 3');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(within(document.body).queryByRole('dialog')).toBeNull());
    // The dialog's `close` event, which moves focus to the image last shown, fires a task after
    // the dialog closes; until then the browser has put focus back on the opener.
    await waitFor(() =>
      expect(canvas.getByRole('button', { name: 'Open image 3 of 3' })).toHaveFocus(),
    );
  }),
};

export const Pdf: Story = {
  args: { attachments: [pdf] },
  play: englishOnly(async ({ canvas }) => {
    const link = canvas.getByRole('link', { name: 'Open file 1 of 1 (PDF document)' });
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toHaveAttribute('target', '_blank');
  }),
};

export const MixedTypes: Story = {
  args: {
    attachments: [
      receipt,
      pdf,
      product,
      other,
      { mimeType: 'image/jpeg', viewUrl: 'javascript:alert(1)' },
    ],
  },
  play: englishOnly(async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('button', { name: 'Open image 1 of 2' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Open file 2 of 2 (File)' })).toBeVisible();
    await expect(canvas.getByText('File hidden: unsafe link')).toBeVisible();
    await expect(canvasElement.innerHTML).not.toContain('javascript:');
  }),
};

export const HundredAttachments: Story = {
  args: {
    attachments: Array.from({ length: 100 }, (_, i) =>
      i % 10 === 9 ? pdf : ([receipt, product, photo][i % 3] as GalleryAttachment),
    ),
  },
  play: englishOnly(async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Proof files' })).toHaveAttribute(
      'data-count',
      '100',
    );
    await expect(canvas.getByRole('button', { name: 'Open image 90 of 90' })).toBeInTheDocument();
  }),
};

/** Links that no longer work: the gallery asks for fresh ones once, then offers Retry. */
function ExpiredLinks() {
  const [refreshes, setRefreshes] = useState(0);
  const expired = [
    { mimeType: 'image/jpeg', viewUrl: file(`expired-link-${refreshes}.jpg`) },
    { mimeType: 'image/png', viewUrl: file(`expired-link-b-${refreshes}.png`) },
  ];
  return (
    <div>
      <AttachmentGallery attachments={expired} onRefresh={() => setRefreshes((n) => n + 1)} />
      <p>Refreshes asked for: {refreshes}</p>
    </div>
  );
}

export const ExpiredLinks_: Story = {
  name: 'Expired links',
  render: () => <ExpiredLinks />,
  play: englishOnly(async ({ canvas }) => {
    await waitFor(
      () => expect(canvas.getAllByRole('button', { name: /^Retry image/ })).toHaveLength(2),
      { timeout: 5000 },
    );
    await expect(canvas.getByText('Refreshes asked for: 1')).toBeVisible();
  }),
};

/** Given only the escrow's id: the escrow, then its proof, fetched; the latest files shown. */
export const ById: Story = {
  args: { attachments: undefined, escrowId: 'proof-submitted' },
  play: englishOnly(async ({ canvas }) => {
    await expect(
      await canvas.findByRole('button', { name: 'Open image 1 of 2' }, { timeout: 5000 }),
    ).toBeVisible();
    await expect(canvas.getByRole('region')).toHaveAttribute('data-state', 'ready');
  }),
};

/** By id, an escrow without a proof policy: no files, and no proof asked for. */
export const ByIdWithoutProof: Story = {
  args: { attachments: undefined, escrowId: 'status-paid' },
  play: englishOnly(async ({ canvas }) => {
    await expect(await canvas.findByText(en['gallery.empty'], {}, { timeout: 5000 })).toBeVisible();
  }),
};

export const Empty: Story = {
  args: { attachments: [] },
  play: englishOnly(async ({ canvas }) => {
    await expect(canvas.getByText('No files yet.')).toBeVisible();
  }),
};

/** Every kind of tile at once: image, PDF, other file, unsafe link, expired link. */
export const AllStates: Story = {
  args: {
    attachments: [
      receipt,
      pdf,
      other,
      { mimeType: 'image/png', viewUrl: 'data:image/png;base64,AAAA' },
    ],
  },
  play: englishOnly(async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Proof files' })).toBeVisible();
  }),
};
