/**
 * The "Save for offline reading" controls (in every page's footer and on /about/#offline): save
 * the whole site with its search index, watch it download, remove the copy. They talk to the
 * service worker (src/offline/service-worker.js) by messages.
 */
import { EN_OFFLINE_WORDS, fillWords, type OfflineWords } from '../lib/i18n/offline-words';
import { readableSize } from '../lib/offline/manifest';
import { siteRoot } from './site-root';

/** The messages in the page's edition (OfflineControls.astro writes them on a Chinese page), English where absent. */
function words(): OfflineWords {
  try {
    const written = JSON.parse(
      document.querySelector<HTMLElement>('[data-offline-words]')?.dataset['offlineWords'] ?? '{}',
    ) as Partial<OfflineWords>;
    return { ...EN_OFFLINE_WORDS, ...written };
  } catch {
    return EN_OFFLINE_WORDS;
  }
}

/** Remembered on this device when the reader removes the copy (read by offline-boot.ts on every page). */
const OFFLINE_CHOICE = 'zoom-tiananmen-case:offline';

function register(): Promise<ServiceWorkerRegistration> {
  const root = siteRoot();
  return navigator.serviceWorker.register(`${root}sw.js`, { scope: root });
}

interface WorkerMessage {
  type: 'progress' | 'status' | 'failed' | 'removed';
  files?: number;
  totalFiles?: number;
  bytes?: number;
  totalBytes?: number;
  saved?: boolean;
  /** A download is under way (its progress messages say how far): a status then changes nothing. */
  saving?: boolean;
  reason?: string;
}

const groups = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>('[data-offline]')];

/** Shows one state in every group of controls: what to say, which buttons, how far a download has got. */
function show(text: string, state: { saved?: boolean; kept?: boolean; progress?: number } = {}): void {
  for (const group of groups()) {
    const status = group.querySelector<HTMLElement>('[role="status"]');
    if (status) status.textContent = text;
    const save = group.querySelector<HTMLButtonElement>('[data-offline-save]');
    if (save) save.hidden = state.saved === true;
    const remove = group.querySelector<HTMLButtonElement>('[data-offline-remove]');
    if (remove) remove.hidden = !(state.saved || state.kept);
    const bar = group.querySelector('progress');
    if (bar) {
      bar.hidden = state.progress === undefined;
      bar.value = state.progress ?? 0;
    }
  }
}

let removing: (() => void) | undefined;

function heard(message: WorkerMessage): void {
  if (message.type === 'progress') {
    const { files = 0, totalFiles = 0, bytes = 0, totalBytes = 0 } = message;
    show(fillWords(words().progress, { files, totalFiles, bytes: readableSize(bytes), totalBytes: readableSize(totalBytes) }), {
      progress: totalBytes ? bytes / totalBytes : 0,
    });
  } else if (message.type === 'status') {
    if (message.saving) return;
    if (message.saved) show(words().saved, { saved: true });
    else if (message.files) show(fillWords(words().kept, { files: message.files }), { kept: true });
    else show('');
  } else if (message.type === 'failed') {
    show(fillWords(words().failed, { reason: message.reason ?? words().noConnection }), { kept: true });
  } else if (message.type === 'removed') {
    removing?.();
  }
}

let listening = false;
function listen(): void {
  if (listening) return;
  listening = true;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => heard(event.data));
}

async function activeWorker(): Promise<ServiceWorker | null> {
  await register();
  return (await navigator.serviceWorker.ready).active;
}

/** Asks the worker (if one is registered) what this device keeps. */
export async function refresh(): Promise<void> {
  listen();
  const registration = await navigator.serviceWorker.getRegistration(undefined);
  registration?.active?.postMessage({ type: 'status' });
}

/** Carries out a control's action. */
export async function act(button: HTMLButtonElement): Promise<void> {
  listen();
  if (button.hasAttribute('data-offline-save')) {
    try {
      localStorage.removeItem(OFFLINE_CHOICE);
    } catch {
      // storage refused: nothing was remembered to forget
    }
    show(words().saving, { progress: 0 });
    const worker = await activeWorker().catch(() => null);
    if (!worker) show(words().unsupported);
    else worker.postMessage({ type: 'save' });
  } else if (button.hasAttribute('data-offline-remove')) {
    const registration = await navigator.serviceWorker.getRegistration(undefined);
    const done = new Promise<void>((resolve) => (removing = resolve));
    registration?.active?.postMessage({ type: 'remove' });
    if (registration?.active) await done;
    await registration?.unregister();
    try {
      localStorage.setItem(OFFLINE_CHOICE, 'off');
    } catch {
      // storage refused: pages may be kept again on the next visit
    }
    show(words().removed);
  }
}
