/**
 * A preference kept in `localStorage` under `souk-demo:<name>`. Storage may be missing or
 * refused (private browsing, a sandboxed frame): the app then keeps the choice in memory only.
 */
export const storedPreference = {
  read(name: string): string | null {
    try {
      return window.localStorage.getItem(`souk-demo:${name}`);
    } catch {
      return null;
    }
  },
  write(name: string, value: string): void {
    try {
      window.localStorage.setItem(`souk-demo:${name}`, value);
    } catch {
      // Not kept across visits; the page still shows the choice.
    }
  },
};
