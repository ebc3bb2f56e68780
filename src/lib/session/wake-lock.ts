// Keep the screen on while a set or rest runs (Screen Wake Lock, where the browser has it). The lock is released on
// pause and at the end, and whenever the page is hidden (the browser drops it then anyway); it comes back when the
// page is visible again only if the player still wants it.

type Sentinel = { release(): Promise<void> };
type WakeLockNav = { wakeLock?: { request(type: 'screen'): Promise<Sentinel> } };

export type ScreenLock = { hold(): void; release(): void; dispose(): void };

export function screenLock(): ScreenLock {
  let sentinel: Sentinel | null = null;
  let wanted = false;
  const nav = (typeof navigator === 'undefined' ? {} : navigator) as WakeLockNav;
  const acquire = () => {
    if (!nav.wakeLock || sentinel || document.visibilityState !== 'visible') return;
    nav.wakeLock
      .request('screen')
      .then((s) => {
        if (wanted && !sentinel) sentinel = s;
        else void s.release(); // released or already held while the request was pending
      })
      .catch(() => {}); // refused (battery saver, policy): the session works without it
  };
  const drop = () => {
    const s = sentinel;
    sentinel = null;
    if (s) void s.release().catch(() => {});
  };
  const onVisibility = () => {
    if (document.visibilityState === 'visible') {
      if (wanted) acquire();
    } else drop();
  };
  document.addEventListener('visibilitychange', onVisibility);
  return {
    hold() {
      wanted = true;
      acquire();
    },
    release() {
      wanted = false;
      drop();
    },
    dispose() {
      wanted = false;
      drop();
      document.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
