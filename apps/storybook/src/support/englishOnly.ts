import type { StoryContext } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';

type Play<Context> = (context: Context) => Promise<void> | void;

/** How long a story may take to load its data before the axe check, in milliseconds. */
const LOAD_TIMEOUT_MS = 5000;

/**
 * Marks a play function that finds elements by their English texts. It runs only while the
 * story's `locale` global is English (the default, and the `storybook` and `storybook-dark`
 * test runs). In any other locale (the `storybook-ar` run, or the toolbar) it is skipped:
 * instead, it waits until nothing in the story is `aria-busy="true"` (every kit component says
 * so while it fetches), so that the axe check, which addon-a11y runs after the play function,
 * checks the loaded story and not its loading placeholder.
 */
export function englishOnly<Context extends Pick<StoryContext, 'globals' | 'canvasElement'>>(
  play: Play<Context>,
  options: {
    /** The story shows a component that is still loading on purpose: do not wait for it. */
    stillLoading?: boolean;
  } = {},
): Play<Context> {
  return async (context) => {
    if ((context.globals.locale ?? 'en') === 'en') return play(context);
    if (options.stillLoading) return;
    await waitFor(
      () => expect(context.canvasElement.querySelector('[aria-busy="true"]')).toBeNull(),
      { timeout: LOAD_TIMEOUT_MS },
    );
  };
}
