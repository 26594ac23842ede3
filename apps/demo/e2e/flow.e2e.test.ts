/**
 * The seed's whole flow, as a seller and a buyer see it in two browser contexts (the buyer on a
 * phone-sized screen): browser → the demo's server and @kit/proxy → the simulator as DHMAD → its
 * hosted checkout → back to the app → its signed webhook → the other party's open page, live.
 * Each step asserts what the user sees, axe finds nothing on each page, and nothing reaches the
 * console but the one refusal the seller is shown on purpose.
 */

import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, expectClean, expectNoProblems, setUpDemoBrowser } from './browser';
import { announced, signIn, throughCheckout, visible } from './demoSteps';

/** A 1×1 PNG, as a phone's camera roll would give it (only smaller). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);
const PHONE = { width: 390, height: 844 };
/** The one refusal the seller is shown on purpose: delivering before the buyer accepts. */
const EXPECTED_409 = /^http 409 POST \/api\/escrow\/escrows\/[A-Za-z0-9_-]+\/deliver$/;

const openUser = setUpDemoBrowser(inject('demoUrl'));

describe('a quick escrow with proof, from a new order to completed', () => {
  it('walks the seller and the buyer through every step, each screen updating live', async () => {
    const seller = await openUser();
    const buyer = await openUser({ viewport: PHONE });
    const s = seller.page;
    const b = buyer.page;

    // The seller creates the order.
    await signIn(seller, 'Youssef');
    await s.getByRole('link', { name: 'New order' }).first().click();
    await visible(s.getByRole('heading', { level: 1, name: 'New order' }));
    await expectAccessible(s);
    await s.getByLabel('Title').fill('Brass lantern from the medina');
    await s.getByLabel('Amount (TND)').fill('240');
    await s.getByLabel('Buyer', { exact: true }).selectOption('buyer@example.com');
    await s.getByLabel('Receipt').check();
    await s.getByLabel('Product photo').check();
    await s.getByRole('button', { name: 'Create order' }).click();
    await visible(s.getByRole('heading', { level: 1, name: 'Brass lantern from the medina' }));
    const orderPath = new URL(s.url()).pathname;
    expect(orderPath).toMatch(/^\/orders\/[A-Za-z0-9_-]+$/);
    await visible(s.getByRole('heading', { name: 'Next steps' }));
    await expectClean(seller);

    // The buyer finds it in "My orders", marked as their turn, and pays through the checkout.
    await signIn(buyer, 'Amira');
    const row = b.getByRole('row').filter({ hasText: 'Brass lantern from the medina' });
    await visible(row.getByText('Your turn: Accept and pay'));
    await expectAccessible(b);
    await row.getByRole('link', { name: 'Brass lantern from the medina' }).click();
    await visible(b.getByRole('heading', { name: 'Next steps' }));
    await expectAccessible(b);
    await throughCheckout(buyer, {
      button: 'Accept and pay',
      heading: 'Accept and pay',
      submit: 'Pay 240.000 TND',
      processing: 'Confirming your payment…',
      confirmed: 'Payment confirmed.',
    });
    await visible(b.getByText('Paid'));

    // The seller's open page learns it without a reload, and the seller uploads a photo.
    await announced(seller, 'The buyer paid — your turn: Upload proof.');
    await visible(s.getByText('Proof asked for: receipt or product photo'));
    const uploadProof = async () =>
      throughCheckout(seller, {
        button: 'Upload proof',
        heading: 'Upload proof of purchase',
        fill: () =>
          s.getByLabel('Proof files').setInputFiles({
            name: 'lantern.png',
            mimeType: 'image/png',
            buffer: PNG,
          }),
        submit: 'Submit the proof',
        confirmed: 'Proof sent.',
      });
    await uploadProof();

    // The buyer's page shows the thumbnail as it arrives, and opens it.
    await announced(buyer, 'The seller uploaded proof — your turn to review it.');
    await b.getByRole('button', { name: 'Open image 1 of 1' }).click();
    const lightbox = b.getByRole('dialog', { name: 'Proof files' });
    // The photo itself (decorative to assistive technology: the dialog names it).
    const photo = lightbox.locator('img');
    await visible(photo);
    await b.waitForFunction(
      (img) => (img as HTMLImageElement).complete,
      await photo.elementHandle(),
    );
    expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    await expectAccessible(b);
    await lightbox.getByRole('button', { name: 'Close' }).click();

    // The buyer asks for a correction; the seller, told live, uploads again.
    await throughCheckout(buyer, {
      button: 'Review proof',
      heading: 'Review the seller’s proof',
      fill: () =>
        b.getByLabel('What should the seller correct?').fill('Show the stamp underneath.'),
      submit: 'Request a correction',
      confirmed: 'Review sent.',
    });
    await announced(seller, 'The buyer asked for a correction — your turn to upload proof again.');
    await uploadProof();

    // Delivering before the buyer accepts is refused, with DHMAD's message.
    await announced(buyer, 'The seller uploaded proof — your turn to review it.');
    const deliver = async () => {
      await s.getByRole('button', { name: 'Mark as delivered', exact: true }).click();
      const confirm = s.getByRole('dialog', { name: 'Mark as delivered?' });
      await visible(confirm);
      await confirm.getByRole('button', { name: 'Mark as delivered' }).click();
    };
    await deliver();
    await visible(s.getByRole('alert').filter({ hasText: /accepted before/ }));
    await expectAccessible(s);
    expectNoProblems(seller, [EXPECTED_409]);

    // The buyer accepts; the seller delivers; the buyer confirms receipt.
    await throughCheckout(buyer, {
      button: 'Review proof',
      heading: 'Review the seller’s proof',
      submit: 'Accept the proof',
      confirmed: 'Review sent.',
    });
    await announced(seller, 'The buyer accepted your proof — your turn to mark it as delivered.');
    await deliver();
    await announced(seller, 'Marked as delivered.');
    await announced(
      buyer,
      'The seller marked the order as delivered — your turn to confirm receipt.',
    );
    await throughCheckout(buyer, {
      button: 'Confirm receipt',
      heading: 'Confirm receipt',
      submit: 'Confirm receipt',
      confirmed: 'Receipt confirmed.',
    });

    // Both pages end on "Completed".
    await visible(b.getByText('Completed'));
    await visible(s.getByText('Completed'));
    await expectClean(buyer, seller);
  });
});
