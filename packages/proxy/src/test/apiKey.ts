/** A syntactically valid sandbox key for the tests; its hex part is what a leak would show. */
export const API_KEY = `sk_sandbox_5ec12e70${'0123456789abcdef'.repeat(3)}deadbeef`;
export const API_KEY_SECRET = API_KEY.slice('sk_sandbox_'.length);
