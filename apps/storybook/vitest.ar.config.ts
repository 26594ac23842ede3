import { storyTestProject } from './storyTestProject.ts';

/**
 * Every story again in Arabic, right to left (light theme). Play functions that find elements by
 * their English texts are skipped here (src/support/englishOnly.ts); the axe check runs on the
 * loaded story. Known limit of axe-core 4.14: its `color-contrast` rule skips text it takes for an
 * icon font (isIconLigature), and joined Arabic letters look like one, so contrast is checked in
 * the `storybook` and `storybook-dark` runs, whose tokens this run shares.
 */
export default await storyTestProject('storybook-ar', { locale: 'ar' }, 1);
