/** The longest delay, in milliseconds, that `setTimeout` and `setInterval` honour (larger ones fire at once). */
export const MAX_TIMER_MS = 2_147_483_647;
