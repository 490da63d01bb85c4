/**
 * "On this page": marks the section in view (aria-current) as the reader scrolls, and keeps that
 * entry in sight when the contents scroll on their own beside the text. (Beside the text the
 * contents are open by CSS alone: see reading.css.)
 */
import { activeSection } from '../lib/linking/contents';

const toc = document.querySelector<HTMLElement>('[data-toc]');

if (toc) {
  const links = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const targets = links.map((a) => document.getElementById(a.hash.slice(1)));
  let current = -1;
  let queued = false;

  const update = (): void => {
    queued = false;
    const root = document.documentElement;
    const tops = targets.map((t) => t?.getBoundingClientRect().top ?? Number.POSITIVE_INFINITY);
    // A heading counts as reached once it passes the top quarter of the screen.
    const active = activeSection(tops, window.innerHeight / 4, window.scrollY + window.innerHeight >= root.scrollHeight - 2);
    if (active === current) return;
    links[current]?.removeAttribute('aria-current');
    current = active;
    const link = links[active];
    if (!link) return;
    link.setAttribute('aria-current', 'true');
    // Beside the text, where the contents scroll on their own, keep the marked entry in the upper
    // third (scrolling the contents, never the page). Elsewhere they do not scroll, and this does nothing.
    toc.scrollTop = link.offsetTop - toc.clientHeight / 3;
  };
  const queue = (): void => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(update);
  };
  window.addEventListener('scroll', queue, { passive: true });
  window.addEventListener('resize', queue);
  update();
}
