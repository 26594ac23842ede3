import { NO_CHROMIUM_MESSAGE } from '../vitest.shared.ts';

/** Global setup of the browser layers, installed only when no Chromium was found. */
export default function requireChromium(): never {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
