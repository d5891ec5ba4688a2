/**
 * <ib-search>: the behaviour of /soeg/. The markup (form, live region, archive links) is printed by
 * SearchApp.astro and works without JavaScript; this element adds search-as-you-type with Pagefind,
 * filters built from the index, sorting, URL state and result rendering. Logic lives in the pure
 * modules next to it; this file only wires them to the DOM.
 */
import { searchCopy as copy } from './copy.ts';
import { formatDate, resultCountMessage, shownMessage, sortFilterValues, typeLabel } from './format.ts';
import { withUndatedLast } from './ordering.ts';
import { loadPagefind, type FilterCounts, type Pagefind, type PagefindFragment, type PagefindResult } from './pagefind-api.ts';
import { paragraphHits, paragraphUrl } from './paragraph-hits.ts';
import { normaliseQuery } from './query.ts';
import { isWeakMatch } from './weak-match.ts';
import {
  FILTER_PARAMS,
  emptyFilters,
  hasFilters,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  searchStateToQuery,
  withoutGroup,
  type FilterParam,
  type SearchState,
  type SortOrder,
} from './url-state.ts';

/** Typing pause before searching: long enough to skip most keystrokes, short enough to feel live. */
const DEBOUNCE_MS = 120;
const PAGE_SIZE = 10;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

class IbSearch extends HTMLElement {
  private input!: HTMLInputElement;
  private sort!: HTMLSelectElement;
  private refine!: HTMLDetailsElement;
  private filterBox!: HTMLElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private shown!: HTMLElement;
  private pagefind: Promise<Pagefind> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;
  private results: PagefindResult[] = [];
  private rendered = 0;
  private lastQuery = '';
  private baseTitle = document.title;
  private allCounts: FilterCounts = {};

  connectedCallback(): void {
    const q = <T extends Element>(sel: string): T => {
      const found = this.querySelector<T>(sel);
      if (!found) throw new Error(`ib-search: ${sel} mangler`);
      return found;
    };
    this.input = q('[data-search-input]');
    this.sort = q('[data-search-sort]');
    this.refine = q('[data-search-refine]');
    this.filterBox = q('[data-search-filters]');
    this.status = q('[data-search-status]');
    this.list = q('[data-search-results]');
    this.more = q('[data-search-more]');
    this.shown = q('[data-search-shown]');

    const state = parseSearchState(new URLSearchParams(location.search));
    this.input.value = state.q;
    this.sort.value = state.sort;

    q<HTMLFormElement>('[data-search-form]').addEventListener('submit', (e) => {
      e.preventDefault();
      void this.run();
    });
    this.input.addEventListener('input', () => {
      // Marks let the benchmark measure typing → results in a real browser.
      performance.mark('ib-search:input');
      const term = normaliseQuery(this.input.value);
      if (term) void this.load().then((pf) => pf.preload(term)).catch(() => undefined);
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
    });
    this.input.addEventListener('focus', () => void this.load().catch(() => undefined), { once: true });
    this.sort.addEventListener('change', () => void this.run());
    this.filterBox.addEventListener('change', () => void this.run());
    q<HTMLButtonElement>('[data-search-clear]').addEventListener('click', () => {
      for (const box of this.filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
      void this.run();
    });
    this.more.addEventListener('click', () => void this.renderMore(true));

    // With no search in the URL nothing needs the index yet: wait for an idle moment so loading
    // Pagefind's WebAssembly does not compete with the first paint on slow phones.
    if (state.q.trim() || hasFilters(state)) void this.start(state);
    else if ('requestIdleCallback' in window) requestIdleCallback(() => void this.start(state), { timeout: 1500 });
    else setTimeout(() => void this.start(state), 200);
  }

  private load(): Promise<Pagefind> {
    this.pagefind ??= loadPagefind(this.dataset.bundle ?? '', this.dataset.base ?? '/');
    this.pagefind.catch(() => {
      this.pagefind = undefined;
    });
    return this.pagefind;
  }

  /** Build the filters from the index, restore the shared URL's state, and search if it asks to. */
  private async start(state: SearchState): Promise<void> {
    try {
      const pf = await this.load();
      this.allCounts = await pf.filters();
      this.renderFilters(this.allCounts, state);
      this.refine.hidden = false;
      if (hasFilters(state) || window.matchMedia('(min-width: 60rem)').matches) this.refine.open = true;
      if (state.q.trim() || hasFilters(state)) await this.run();
    } catch {
      this.status.textContent = copy.loadError;
    }
  }

  private readState(): SearchState {
    const filters = emptyFilters();
    for (const box of this.filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      const param = box.name as FilterParam;
      if (param in filters) filters[param].push(box.value);
    }
    return { q: this.input.value, filters, sort: (this.sort.value || 'relevans') as SortOrder };
  }

  private async run(): Promise<void> {
    clearTimeout(this.timer);
    const seq = ++this.seq;
    const state = this.readState();
    const query = searchStateToQuery(state);
    history.replaceState(history.state, '', `${location.pathname}${query}`);
    const term = normaliseQuery(state.q);
    // Messages repeat the query as typed ("2009–9512"), searching uses the normalised form.
    const typed = state.q.trim().replace(/\s+/g, ' ');
    document.title = term ? `»${typed}« – ${this.baseTitle}` : this.baseTitle;
    if (!term && !hasFilters(state)) {
      this.results = [];
      this.list.replaceChildren();
      this.status.textContent = '';
      this.updateMore();
      this.updateCounts(this.allCounts);
      return;
    }
    this.list.setAttribute('aria-busy', 'true');
    try {
      const pf = await this.load();
      const filters = pagefindFilters(state);
      // Browsing by filters alone has no relevance to rank by: newest first then.
      const sort = pagefindSort(term || state.sort !== 'relevans' ? state.sort : 'nyeste');
      const found = await pf.search(term || null, { filters, sort });
      // Sorted results leave out undated pages; a relevance search on the same (cached) index adds them.
      const results = sort
        ? withUndatedLast(found.results, (await pf.search(term || null, { filters })).results)
        : found.results;
      const counts = await this.groupCounts(pf, term, state, found.filters);
      if (seq !== this.seq) return;
      this.updateCounts(counts);
      this.results = results;
      this.rendered = 0;
      this.lastQuery = term;
      await this.renderMore(false, true);
      if (seq !== this.seq) return;
      this.status.textContent = resultCountMessage(this.results.length, term ? typed : '', hasFilters(state));
      if (performance.getEntriesByName('ib-search:input').length) performance.measure('ib-search:results', 'ib-search:input');
    } catch {
      if (seq === this.seq) this.status.textContent = copy.loadError;
    } finally {
      if (seq === this.seq) this.list.removeAttribute('aria-busy');
    }
  }

  /** Render the next page of results; `replace` swaps the list only once the new items are ready. */
  private async renderMore(moveFocus: boolean, replace = false): Promise<void> {
    const seq = this.seq;
    const slice = this.results.slice(this.rendered, this.rendered + PAGE_SIZE);
    let data = await Promise.all(slice.map((r) => r.data()));
    if (seq !== this.seq) return;
    // Ranked first yet unrelated to the query: Pagefind found only a short prefix of a missing word.
    const top = data[0];
    if (replace && top && this.lastQuery && isWeakMatch(this.lastQuery, top.content, top.locations)) {
      this.results = [];
      data = [];
    }
    const items = data.map((d) => this.renderResult(d));
    if (replace) this.list.replaceChildren(...items);
    else this.list.append(...items);
    this.rendered += items.length;
    this.updateMore();
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  private updateMore(): void {
    const total = this.results.length;
    this.more.hidden = this.rendered >= total;
    this.shown.textContent = total > this.rendered ? shownMessage(this.rendered, total) : '';
  }

  private renderResult(d: PagefindFragment): HTMLLIElement {
    const title = d.meta.title || d.url;
    const li = el('li', 'ib-result');
    const h = el('h3', 'ib-result__title');
    const link = el('a', 'ib-result__link', title);
    link.href = d.url;
    h.append(link);

    const meta = el('p', 'ib-result__meta');
    const parts: (string | Node)[] = [];
    if (d.meta.type) parts.push(el('span', 'ib-result__type', typeLabel(d.meta.type)));
    if (d.meta.date) {
      const time = el('time', undefined, formatDate(d.meta.date));
      time.dateTime = d.meta.date;
      parts.push(time);
    }
    // Case numbers must not break at their hyphen.
    if (d.meta.sagsnr) parts.push(el('span', 'ib-result__nr', `${copy.caseNumber} ${d.meta.sagsnr}`));
    if (d.meta.doknr) parts.push(el('span', 'ib-result__nr', `${copy.documentNumber} ${d.meta.doknr}`));
    if (d.meta.jnr) parts.push(el('span', 'ib-result__nr', `${copy.journalNumber} ${d.meta.jnr}`));
    if (d.meta.kildesagsnr) parts.push(el('span', 'ib-result__nr', `${copy.sourceCaseNumber} ${d.meta.kildesagsnr}`));
    parts.forEach((p, i) => {
      if (i > 0) meta.append(el('span', 'ib-result__sep', ' · '));
      meta.append(p);
    });
    li.append(h, meta);

    const hits = this.lastQuery
      ? paragraphHits(d.content, d.weighted_locations, d.anchors, { max: 2, excerptWords: 26 })
      : [];
    const anchored = hits.filter((hit) => hit.id);
    if (anchored.length === 0) {
      const p = el('p', 'ib-result__excerpt');
      p.innerHTML = hits[0]?.excerpt ?? d.excerpt; // escaped by paragraphHits / Pagefind
      li.append(p);
    }
    for (const hit of anchored) {
      const block = el('div', 'ib-result__hit');
      const p = el('p', 'ib-result__excerpt');
      p.innerHTML = hit.excerpt;
      const jump = el('a', 'ib-result__jump', copy.goToParagraph);
      jump.href = paragraphUrl(d.url, hit);
      jump.append(el('span', 'ib-visually-hidden', ` ${copy.inDocument} »${title}«`));
      block.append(p, jump);
      li.append(block);
    }
    return li;
  }

  private renderFilters(all: FilterCounts, state: SearchState): void {
    const groups: HTMLElement[] = [];
    for (const { param, filter } of FILTER_PARAMS) {
      const counts = all[filter] ?? {};
      const values = sortFilterValues(param, [...new Set([...Object.keys(counts), ...state.filters[param]])]);
      if (values.length === 0) continue;
      const fieldset = el('fieldset', 'ib-search__group');
      fieldset.append(el('legend', 'ib-search__legend', copy.filterLegends[param]));
      const ul = el('ul', 'ib-search__options');
      values.forEach((value, i) => {
        const id = `soeg-${param}-${i}`;
        const li = el('li', 'ib-search__option');
        const box = el('input');
        box.type = 'checkbox';
        box.id = id;
        box.name = param;
        box.value = value;
        box.checked = state.filters[param].includes(value);
        const label = el('label', undefined, param === 'type' ? typeLabel(value) : value);
        label.htmlFor = id;
        const count = el('span', 'ib-search__count', ` (${counts[value] ?? 0})`);
        count.dataset.count = `${filter}\u0000${value}`;
        label.append(count);
        li.append(box, label);
        ul.append(li);
      });
      fieldset.append(ul);
      groups.push(fieldset);
    }
    this.filterBox.replaceChildren(...groups);
  }

  /**
   * Counts beside each choice: how many results there would be with that value. Choices within a
   * group add up, so a group with choices is counted under the other groups' filters only (one more
   * search on the already loaded index per active group); other groups under all filters.
   */
  private async groupCounts(pf: Pagefind, term: string, state: SearchState, current: FilterCounts): Promise<FilterCounts> {
    const counts: FilterCounts = { ...current };
    for (const { param, filter } of FILTER_PARAMS) {
      if (state.filters[param].length === 0) continue;
      const other = await pf.search(term || null, { filters: pagefindFilters(withoutGroup(state, param)) });
      counts[filter] = other.filters[filter] ?? {};
    }
    return counts;
  }

  private updateCounts(counts: FilterCounts): void {
    for (const span of this.filterBox.querySelectorAll<HTMLElement>('[data-count]')) {
      const [filter = '', value = ''] = (span.dataset.count ?? '').split('\u0000');
      span.textContent = ` (${counts[filter]?.[value] ?? 0})`;
    }
  }
}

if (!customElements.get('ib-search')) customElements.define('ib-search', IbSearch);
