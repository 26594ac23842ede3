import { storyTestProject } from './storyTestProject.ts';

/** Every story in the preview's initial globals: light theme, English. */
export default await storyTestProject('storybook');
