import { getAllByRole, getByLabelText, getByRole } from '@testing-library/dom';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { createDhmadSimulator } from '../createDhmadSimulator';
import { openPage, pageUrl } from '../test/checkoutPages';
import { BUYER, funded, SELLER, session } from '../test/simulatorRequests';

/** Makes the page this test's document (as a browser would show it) and runs axe on it. */
async function showAndCheck(html: string) {
  const page = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.adoptNode(page.documentElement), document.documentElement);
  const results = await axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  });
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  return document.body;
}

describe('the hosted checkout pages, as assistive technology reads them', () => {
  it('submit_proof: labelled fields, one heading, no axe violations', async () => {
    const { sim, id } = await funded();
    const { html } = await openPage(sim, pageUrl(await session(sim, id, 'submit_proof', SELLER)));
    const body = await showAndCheck(html);
    expect(document.documentElement.lang).toBe('en');
    expect(getByRole(body, 'heading', { level: 1 }).textContent).toBe('Upload proof of purchase');
    expect(getByLabelText(body, 'Proof files')).toHaveAttribute('type', 'file');
    expect(getByLabelText(body, 'Proof files')).toHaveAccessibleDescription(
      'Asked for: receipt, tracking proof, or product photo. Photos or PDFs: 1 to 5 files, each at most 10 MB.',
    );
    expect(getByLabelText(body, 'Note for the buyer (optional)').tagName).toBe('TEXTAREA');
    expect(getByRole(body, 'button', { name: 'Submit the proof' })).toBeVisible();
    expect(getByRole(body, 'link', { name: 'Abandon and return to the app' })).toBeVisible();
  });

  it('review_proof: thumbnails, file links, both decisions, no axe violations', async () => {
    const sim = createDhmadSimulator({ scenarios: ['proof-submitted'] });
    const id = await session(sim, 'proof-submitted', 'review_proof', BUYER);
    const body = await showAndCheck((await openPage(sim, pageUrl(id))).html);
    expect(getAllByRole(body, 'img').map((img) => img.getAttribute('alt'))).toEqual([
      'Proof image 1',
      'Proof image 2',
    ]);
    expect(getByRole(body, 'link', { name: 'Proof image 1 receipt.jpg' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/files\.dhmad\.test\/escrow-proof\/.+\/receipt\.jpg$/),
    );
    expect(body).toHaveTextContent('Receipt from the Apple Store, Dubai Mall');
    expect(getByRole(body, 'button', { name: 'Accept the proof' })).toBeVisible();
    expect(getByLabelText(body, 'What should the seller correct? (optional)')).toBeVisible();
    expect(getByRole(body, 'button', { name: 'Request a correction' })).toBeVisible();
  });
});
