/**
 * On every page, so kept small and importing nothing. Once the page has loaded, registers the
 * service worker and hands it the files this page loaded before the worker could see them, so
 * the page opens again offline. Shows the "Save for offline reading" controls (hidden without
 * JavaScript, which they need) and loads their code (offline.ts) on first use, or when the reader
 * reaches the copy's state (the about page).
 */

// The same key as OFFLINE_CHOICE in offline.ts: a reader who removed the copy said no to keeping pages.
const CHOICE = 'zoom-tiananmen-case:offline';
const declined = (): boolean => {
  try {
    return localStorage.getItem(CHOICE) === 'off';
  } catch {
    return false; // storage refused (a private window): nothing was declined here
  }
};

const worker = navigator.serviceWorker as ServiceWorkerContainer | undefined;
if (worker && !import.meta.env.DEV) {
  if (!declined()) {
    addEventListener('load', () => {
      // The root, as in site-root.ts: the worker sits there and keeps the whole site in its scope.
      const root = new URL(document.documentElement.dataset['root'] ?? '/', location.href).pathname;
      worker
        .register(`${root}sw.js`, { scope: root })
        .then(() => worker.ready)
        .then((ready) => {
          const opened = performance.getEntriesByType('resource').map((entry) => entry.name);
          ready.active?.postMessage({ type: 'keep', urls: [location.href, ...opened] });
        })
        .catch(() => undefined); // no worker (a refusing browser): the site works as before
    });
  }
  const controls = (): Promise<typeof import('./offline')> => import('./offline');
  for (const group of document.querySelectorAll<HTMLElement>('[data-offline]')) {
    group.hidden = false;
    group.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button');
      if (button) void controls().then((c) => c.act(button));
    });
  }
  // The copy's state (the about page) is read when the reader reaches it, not on every visit to
  // the page: its first load then stays within the reading pages' 6 KB of script.
  const state = document.querySelector('[data-offline-state]');
  if (state) {
    const seen = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      seen.disconnect();
      void controls().then((c) => c.refresh());
    });
    seen.observe(state);
  }
}

export {};
