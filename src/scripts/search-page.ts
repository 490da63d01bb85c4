/**
 * The search page: results update as the reader types or picks a filter, and the URL follows
 * (`?q=…&topic=…&source=…`), so the search can be shared and Back and Forward restore it. The
 * first change after a settled search adds a history entry and further keystrokes replace it,
 * so Back returns to the previous search, not to the previous letter.
 */
import { echoQuery, isSearchable, normalizeQuery } from '../lib/search/query';
import type { SectionHit } from '../lib/search/results';
import { latestOnly } from '../lib/search/latest';
import {
  FILTER_PARAMS,
  isEmptySearch,
  parseSearchState,
  searchQueryString,
  type FilterName,
  type KnownFilters,
  type SearchState,
} from '../lib/search/url';
import { loadEngine, runSearch, type SearchOutcome } from './search-engine';
import { announcer, countText, el, excerptNodes, quotedQuery, sentence, sentenceText, titleNodes, words } from './search-render';

/** Results shown at first, and added by each "Show more results". */
const PAGE_SIZE = 10;

const form = document.querySelector<HTMLFormElement>('form[data-search-page]');
const field = form?.querySelector<HTMLInputElement>('input[data-search-primary]');
const output = document.querySelector<HTMLElement>('[data-search-output]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const note = document.querySelector<HTMLElement>('[data-search-note]');
const loading = document.querySelector<HTMLElement>('[data-search-loading]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
const empty = document.querySelector<HTMLElement>('[data-search-empty]');
const live = document.querySelector<HTMLElement>('[data-search-live]');
const filterSummary = document.querySelector<HTMLElement>('[data-filter-summary]');

if (form && field && output && status && note && list && more && empty && live) {
  // Search runs: the note for browsers without JavaScript is not for this one.
  document.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');
  const checkboxes = (name: FilterName): HTMLInputElement[] => [
    ...form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${name}"]`),
  ];
  const values = (name: FilterName): string[] => checkboxes(name).map((c) => c.value);
  const known: KnownFilters = { topic: values('topic'), source: values('source') };
  const say = announcer(live);
  const search = latestOnly((state: SearchState, signal) => runSearch(state, { filterCounts: true, signal }));
  let outcome: SearchOutcome | undefined;
  let shown = 0;
  let typing = false;
  let runs = 0;

  const readForm = (): SearchState => ({
    q: normalizeQuery(field.value),
    topic: checkboxes('topic')
      .filter((c) => c.checked)
      .map((c) => c.value),
    source: checkboxes('source')
      .filter((c) => c.checked)
      .map((c) => c.value),
  });
  const writeForm = (state: SearchState): void => {
    field.value = state.q;
    for (const name of FILTER_PARAMS) for (const c of checkboxes(name)) c.checked = state[name].includes(c.value);
  };
  const remember = (state: SearchState, how: 'push' | 'replace'): void => {
    const url = `${window.location.pathname}${searchQueryString(state)}`;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    if (how === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };

  const showFilterState = (state: SearchState): void => {
    const chosen = state.topic.length + state.source.length;
    if (filterSummary) filterSummary.textContent = chosen === 0 ? '' : sentenceText(words.chosen, { n: String(chosen) });
  };

  const showCounts = (current: SearchOutcome | undefined): void => {
    for (const span of form.querySelectorAll<HTMLElement>('[data-count]')) {
      const [name = '', value = ''] = (span.dataset['count'] ?? '').split(':');
      const count = current?.filterCounts?.[name as FilterName]?.[value];
      span.textContent = count === undefined ? '' : `(${count})`;
    }
  };

  const showMore = async (): Promise<void> => {
    const current = outcome;
    if (!current) return;
    if (current.hits.length < shown + PAGE_SIZE && current.hasMore) {
      more.disabled = true;
      try {
        // A batch is a few records (pages, or chapters of one), which may hold fewer sections than a page of results.
        while (current.hits.length < shown + PAGE_SIZE && current.hasMore && current === outcome) await current.loadMore();
      } catch {
        say(words.moreFailed);
        return;
      } finally {
        more.disabled = false;
      }
      if (current !== outcome) return;
    }
    const next = current.hits.slice(shown, shown + PAGE_SIZE);
    appendHits(list, next, current.plan.highlight);
    shown += next.length;
    more.hidden = shown >= current.hits.length && !current.hasMore;
  };

  const render = (current: SearchOutcome): void => {
    const { state } = current;
    output.hidden = false;
    list.replaceChildren();
    shown = 0;
    showCounts(current);
    showNote(note, current);
    const filtered = state.topic.length + state.source.length > 0;
    if (current.pages === 0) {
      const template = state.q === '' ? words.noneForFilters : filtered ? words.noneForFiltered : words.noneFor;
      status.replaceChildren(...sentence(template, { q: quotedQuery(state.q) }));
      empty.hidden = false;
      more.hidden = true;
      say(sentenceText(template, { q: echoQuery(state.q) }));
      return;
    }
    empty.hidden = true;
    const searched = current.correction?.to ?? state.q;
    const template = state.q === '' ? words.statusFilters : filtered ? words.statusForFiltered : words.statusFor;
    status.replaceChildren(...sentence(template, { count: countText(current.pages), q: quotedQuery(searched) }));
    const first = current.hits.slice(0, PAGE_SIZE);
    appendHits(list, first, current.plan.highlight);
    shown = first.length;
    more.hidden = shown >= current.hits.length && !current.hasMore;
    const correction = current.correction ? ` ${sentenceText(words.showingFor, { to: echoQuery(current.correction.to) })}` : '';
    say(`${sentenceText(words.countSaid, { count: countText(current.pages) })}${correction}`);
  };

  const clear = (): void => {
    outcome = undefined;
    output.hidden = true;
    list.replaceChildren();
    showCounts(undefined);
    note.hidden = true;
    say('');
  };

  const run = async (state: SearchState): Promise<void> => {
    showFilterState(state);
    if (state.q !== '' && !isSearchable(state.q)) {
      // Drop any search still running; one letter matches nearly every page.
      void search({ q: '', topic: [], source: [] });
      outcome = undefined;
      output.hidden = false;
      list.replaceChildren();
      empty.hidden = true;
      more.hidden = true;
      note.hidden = true;
      showCounts(undefined);
      status.textContent = words.tooShort;
      if (loading) loading.hidden = true;
      return;
    }
    const ticket = ++runs;
    // Shown at once, but drawn only if the search takes a moment (search-page.css delays it).
    if (loading) loading.hidden = isEmptySearch(state);
    try {
      const result = await search(state);
      if (result.stale) return;
      if (isEmptySearch(state)) {
        clear();
        return;
      }
      outcome = result.value;
      render(result.value);
    } catch {
      outcome = undefined;
      output.hidden = false;
      list.replaceChildren();
      empty.hidden = true;
      more.hidden = true;
      note.hidden = true;
      status.textContent = words.failedPage;
      say(words.failed);
    } finally {
      if (loading && ticket === runs) loading.hidden = true;
    }
  };

  field.addEventListener('input', () => {
    const state = readForm();
    remember(state, typing ? 'replace' : 'push');
    typing = true;
    void run(state);
  });
  form.addEventListener('change', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'checkbox') return;
    const state = readForm();
    remember(state, 'push');
    typing = false;
    void run(state);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = readForm();
    remember(state, typing ? 'replace' : 'push');
    typing = false;
    void run(state);
    // On a touch screen, put the keyboard away so the results can be seen.
    if (window.matchMedia('(pointer: coarse)').matches) field.blur();
  });
  field.addEventListener('blur', () => {
    typing = false;
  });
  more.addEventListener('click', () => {
    const before = shown;
    void showMore().then(() => list.querySelectorAll('.search-result')[before]?.querySelector('a')?.focus());
  });
  // A suggestion searches for its words here.
  empty.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[data-suggest]');
    if (!(link instanceof HTMLAnchorElement) || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    const state: SearchState = { ...readForm(), q: link.dataset['suggest'] ?? '' };
    writeForm(state);
    remember(state, 'push');
    typing = false;
    void run(state);
    field.focus();
  });
  // "Search instead for …": the reader's own words, exactly, with no typo correction.
  note.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[data-search-exact]');
    if (!(link instanceof HTMLAnchorElement) || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    const state: SearchState = { ...readForm(), q: normalizeQuery(link.dataset['searchExact'] ?? ''), exact: true };
    writeForm(state);
    remember(state, 'push');
    typing = false;
    void run(state);
  });
  window.addEventListener('popstate', () => {
    const state = parseSearchState(window.location.search, known);
    writeForm(state);
    typing = false;
    void run(state);
  });

  const initial = parseSearchState(window.location.search, known);
  writeForm(initial);
  // Tidy a hand-written or header-submitted URL into the canonical form, without a new entry.
  remember(initial, 'replace');
  const filters = form.querySelector<HTMLDetailsElement>('details[data-search-filters]');
  if (filters && initial.topic.length + initial.source.length > 0) filters.open = true;
  if (!isEmptySearch(initial)) void run(initial);
  else {
    showFilterState(initial);
    field.addEventListener('focus', () => void loadEngine().catch(() => undefined), { once: true });
    field.addEventListener('pointerenter', () => void loadEngine().catch(() => undefined), { once: true });
    if (!window.matchMedia('(pointer: coarse)').matches) field.focus();
  }
}

/**
 * Adds section results to the list, each under its page: a run of sections from one page shares
 * the page's entry (the hits come page by page, see inPageOrder), and a page of the sources says so.
 */
function appendHits(list: HTMLOListElement, hits: readonly SectionHit[], highlight: string): void {
  for (const hit of hits) {
    const last = list.lastElementChild;
    let sections = last instanceof HTMLElement && last.dataset['page'] === hit.pageUrl ? last.querySelector('ol') : null;
    if (!sections) {
      const group = el('li', 'search-group');
      group.dataset['page'] = hit.pageUrl;
      const heading = el('p', 'search-group-title');
      const link = el('a', '', hit.pageTitle);
      link.href = hit.pageUrl;
      heading.append(link);
      if (hit.inSources) heading.append(' ', el('span', 'search-group-kind', words.source));
      sections = el('ol', 'search-group-results');
      group.append(heading, sections);
      list.append(group);
    }
    sections.append(resultItem(hit, highlight));
  }
}

/** One result: where it lands (page › section) as the link to the section, and the excerpt with the matched words marked. */
function resultItem(hit: SectionHit, highlight: string): HTMLLIElement {
  const item = el('li', 'search-result');
  const link = el('a', 'search-result-link');
  link.href = hit.url;
  if (hit.sectionTitle) link.append(el('span', 'search-result-page', `${hit.pageTitle} ›`), ' ');
  const title = el('span', 'search-result-title');
  title.append(...titleNodes(hit.sectionTitle ?? hit.pageTitle, highlight));
  link.append(title);
  const excerpt = el('p', 'search-result-excerpt');
  excerpt.append(...excerptNodes(hit.excerpt));
  item.append(link);
  if (hit.excerpt.length > 0) item.append(excerpt);
  return item;
}

/**
 * What the search did with the reader's words, under the count: "Showing results for X. Search
 * instead for Y." when it searched the vocabulary's nearest words, and "Also searched: …" with
 * the words the alias table added.
 */
function showNote(note: HTMLElement, current: SearchOutcome): void {
  const parts: Node[] = [];
  const { correction, plan } = current;
  if (correction) {
    const instead = el('a', 'search-exact');
    instead.href = `?${new URLSearchParams({ q: correction.from, exact: '1' }).toString()}`;
    instead.dataset['searchExact'] = correction.from;
    instead.append(...quotedQuery(correction.from));
    parts.push(...textNodes(sentence(words.correction, { to: quotedQuery(correction.to), from: [instead] })));
  }
  if (plan.added.length > 0) {
    if (parts.length > 0) parts.push(el('br'));
    parts.push(document.createTextNode(sentenceText(words.alsoSearched, { words: plan.added.join(words.wordJoin) })));
  }
  note.replaceChildren(...parts);
  note.hidden = parts.length === 0;
}

/** A sentence's parts as nodes. */
function textNodes(parts: readonly (string | Node)[]): Node[] {
  return parts.map((part) => (typeof part === 'string' ? document.createTextNode(part) : part));
}
