// The page's localStorage, or undefined where reading it throws (blocked cookies, private modes, sandboxed frames).
// Callers treat undefined as "nothing saved, nothing can be saved" and say so where it matters.
export function localStore(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
