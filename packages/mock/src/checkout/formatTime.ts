/** A date as `19 Jun 2026, 12:30 UTC` (the page cannot know the user's time zone). */
export const formatTime = (ms: number): string =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(ms);
