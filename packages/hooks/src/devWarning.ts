const warned = new Set<string>();

function isDevelopment() {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    // No `process` (native ESM in a browser, no bundler): stay quiet.
    return false;
  }
}

/** `console.warn` once per message, in development builds only. */
export function warnOnce(message: string) {
  if (!isDevelopment() || warned.has(message)) return;
  warned.add(message);
  console.warn(`[@kit/hooks] ${message}`);
}
