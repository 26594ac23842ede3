import { storyTestProject } from './storyTestProject.ts';

/** Every story again in the dark theme (English): play functions and axe check. */
export default await storyTestProject('storybook-dark', { theme: 'dark' }, 1);
