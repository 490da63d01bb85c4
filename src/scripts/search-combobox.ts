/**
 * The header search as a WAI-ARIA combobox: results appear under the field as the reader types;
 * the arrow keys move through them while focus stays in the field; Enter opens the chosen
 * section, or, with none chosen, submits the form to the search page; Escape closes the list,
 * then clears the field. Results are links, so they open in a new tab like any other link.
 */
import { echoQuery, isSearchable, normalizeQuery } from '../lib/search/query';
import type { SectionHit } from '../lib/search/results';
import { searchQueryString, type SearchState } from '../lib/search/url';
import { latestOnly } from '../lib/search/latest';
import { loadEngine, runSearch, type SearchOutcome } from './search-engine';
import {
  announcer,
  countText,
  el,
  excerptNodes,
  pluralText,
  quotedQuery,
  sentence,
  sentenceText,
  titleNodes,
  words,
} from './search-render';
import popupStyle from '../styles/search-popup.css?url';
import { loadStyle } from './load-style';

// The list's styles arrive with this code, not with every page.
await loadStyle(popupStyle);

/** Sections listed under the field; the search page lists them all. */
const MAX_OPTIONS = 7;

/** Turns the header form into a combobox. Called once, when the reader first shows intent. */
export function enhance(form: HTMLFormElement, input: HTMLInputElement): void {
  const popup = form.querySelector<HTMLElement>('[data-search-popup]');
  const list = form.querySelector<HTMLElement>('[data-search-list]');
  const summary = form.querySelector<HTMLElement>('[data-search-summary]');
  const live = form.querySelector<HTMLElement>('[data-search-live]');
  const suggestions = form.querySelector<HTMLTemplateElement>('template[data-search-suggestions]');
  if (!popup || !list || !summary || !live) return;
  const say = announcer(live);
  const search = latestOnly((state: SearchState, signal) => runSearch(state, { signal }));
  let options: HTMLAnchorElement[] = [];
  let active = -1;
  let runs = 0;

  // Warm the engine while the reader types the first letters.
  void loadEngine().catch(() => undefined);

  // On a phone the search opens full-screen (search-popup.css); this closes it.
  const closeButton = el('button', 'site-search-close', words.close);
  closeButton.type = 'button';
  closeButton.addEventListener('click', () => {
    close();
    // Focus leaves the form, and with it the full-screen view.
    input.blur();
    closeButton.blur();
  });
  form.append(closeButton);

  const open = (): void => {
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const close = (): void => {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    activate(-1);
  };
  const activate = (index: number): void => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const render = (outcome: SearchOutcome): void => {
    const { q } = outcome.state;
    const { correction, plan } = outcome;
    const hits = outcome.hits.slice(0, MAX_OPTIONS);
    list.dataset['query'] = q;
    if (outcome.pages === 0) {
      summary.replaceChildren(...sentence(words.noneTry, { q: quotedQuery(q) }));
      list.replaceChildren(suggestions ? suggestions.content.cloneNode(true) : '');
      say(sentenceText(words.noneFor, { q: echoQuery(q) }));
    } else {
      summary.replaceChildren(...sentence(words.summaryFor, { count: countText(outcome.pages), q: quotedQuery(correction?.to ?? q) }));
      if (correction) summary.append(...sentence(words.summaryInstead, { from: quotedQuery(correction.from) }));
      if (plan.added.length > 0)
        summary.append(' ', el('span', 'site-search-also', sentenceText(words.alsoSearched, { words: plan.added.join(words.wordJoin) })));
      const all = el('a', 'search-option search-option-all', words.seeAll);
      all.href = `${form.action}${searchQueryString(outcome.state)}`;
      list.replaceChildren(...hits.map((hit) => optionFor(hit, plan.highlight)), all);
      const instead = correction ? ` ${sentenceText(words.showingFor, { to: echoQuery(correction.to) })}` : '';
      say(`${sentenceText(words.countSaid, { count: countText(outcome.pages) })}${instead} ${pluralText(words.listed, hits.length)}`);
    }
    options = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    options.forEach((option, i) => {
      option.id = `site-search-option-${i}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.tabIndex = -1;
    });
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (document.activeElement === input) open();
  };

  const update = async (): Promise<void> => {
    const q = normalizeQuery(input.value);
    if (!isSearchable(q)) {
      // Nothing (or one letter) to search: drop any search still running, and forget the last results.
      void search({ q: '', topic: [], source: [] });
      runs++;
      delete form.dataset['loading'];
      list.replaceChildren();
      list.dataset['query'] = '';
      options = [];
      close();
      say('');
      return;
    }
    const ticket = ++runs;
    // The spinner in the field shows only if the search takes a moment (search-popup.css).
    form.dataset['loading'] = '';
    try {
      const result = await search({ q, topic: [], source: [] });
      if (!result.stale) render(result.value);
    } catch {
      summary.replaceChildren(`${words.failed} `, el('a', '', words.tryPage));
      const link = summary.querySelector('a');
      if (link) link.href = form.action;
      list.replaceChildren();
      options = [];
      open();
      say(words.failed);
    } finally {
      if (ticket === runs) delete form.dataset['loading'];
    }
  };

  // A suggestion searches for its words here rather than leaving the page.
  const choose = (option: HTMLAnchorElement): void => {
    const words = option.dataset['suggest'];
    if (words) {
      input.value = words;
      void update();
    } else {
      window.location.assign(option.href);
    }
  };

  input.addEventListener('input', () => void update());
  input.addEventListener('focus', () => {
    if (options.length > 0 && isSearchable(normalizeQuery(input.value))) open();
  });
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (options.length === 0) return;
        event.preventDefault();
        open();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        activate(active === -1 ? (step === 1 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
        break;
      }
      case 'Enter': {
        const option = popup.hidden ? undefined : options[active];
        if (option) {
          event.preventDefault();
          choose(option);
        }
        // With no option chosen, the form submits to the search page.
        break;
      }
      case 'Escape':
        if (!popup.hidden) {
          event.preventDefault();
          close();
        } else if (input.value !== '') {
          event.preventDefault();
          input.value = '';
          void update();
        }
        break;
      case 'Tab':
        close();
        break;
    }
  });
  // Keep focus in the field when an option is pressed, so the list stays open until the click lands.
  popup.addEventListener('mousedown', (event) => event.preventDefault());
  popup.addEventListener('click', (event) => {
    const option = (event.target as Element | null)?.closest?.('a[data-suggest]');
    if (option instanceof HTMLAnchorElement && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      choose(option);
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node) || !form.contains(event.relatedTarget)) close();
  });
  // The reader may have typed before this code arrived.
  if (isSearchable(normalizeQuery(input.value))) void update();
}

/** One section result as an option: page title, section title, excerpt. */
function optionFor(hit: SectionHit, highlight: string): HTMLAnchorElement {
  const option = el('a', 'search-option');
  option.href = hit.url;
  const page = el('span', 'search-option-page', hit.pageTitle);
  const title = el('span', 'search-option-title');
  title.append(...titleNodes(hit.sectionTitle ?? hit.pageTitle, highlight));
  const excerpt = el('span', 'search-option-excerpt');
  excerpt.append(...excerptNodes(hit.excerpt));
  // The option's name is all of its text, as shown (WCAG 2.5.3): page, section, then the excerpt.
  option.append(page, title, excerpt);
  return option;
}
