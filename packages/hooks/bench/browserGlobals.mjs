// TanStack Query never polls on a server (`isServer`: no `window`), and reads that once, when it
// loads. The bench plays a browser tab in Node, so it defines `window` before TanStack Query loads.
globalThis.window ??= globalThis;
