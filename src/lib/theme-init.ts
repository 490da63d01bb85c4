/**
 * The one inline script on the site, in <head> of every page: it applies the reader's stored
 * theme before the first paint, so a reader who chose dark never sees a white flash. The CSP
 * allows exactly this text: astro.config.mjs hashes it, and Base.astro renders it, from here.
 */
import { THEME_KEY } from './theme';

/**
 * Runs in <head> before anything paints: marks the document as scripted (`.js`, so script-only
 * controls take their place without a jump) and applies a stored theme. Storage can throw when
 * it is blocked; the system theme then applies. Keep it tiny: every page carries it inline.
 */
export const THEME_INIT_SCRIPT = `(()=>{const d=document.documentElement;d.classList.add("js");try{const t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==="light"||t==="dark")d.dataset.theme=t}catch{}})()`;
