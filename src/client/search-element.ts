/**
 * <ib-search>: the behaviour of /soeg/. The markup (form, live region, archive links) is printed by
 * SearchApp.astro and works without JavaScript; this element adds search-as-you-type with Pagefind,
 * filters and a date range, sorting, URL state, «Mente du …?» and result rendering. Logic lives in
 * the pure modules next to it; this file only wires them to the DOM.
 */
import { describeRange, type Month } from '../lib/search/date-range.ts';
import { runSearch, type Outcome } from '../lib/search/engine.ts';
import { resultCountMessage, shownMessage } from '../lib/search/format.ts';
import { sortByDate } from '../lib/search/ordering.ts';
import type { FilterCounts, Pagefind } from '../lib/search/pagefind-api.ts';
import { answerResults, canUseFirstResults, type ShownResult } from '../lib/search/first-results.ts';
import { resultView } from '../lib/search/result-view.ts';
import { freshPagefind, loadPagefind, preparePagefind } from './pagefind-loader.ts';
import { normaliseQuery } from '../lib/search/query.ts';
import { filterGroups, notes, problemBox, resultItem, showCounts } from './search-view.ts';
import { loadFilterInfo, loadFirstResults, siteDeps, type FilterInfo } from './site-files.ts';
import { searchCopy as copy } from '../lib/copy/index.ts';
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
  type MonthBounds,
  type SearchState,
  type SortOrder,
} from '../lib/search/url-state.ts';

/**
 * Typing pause before searching: longer than the gap between this visitor's keystrokes (a quarter
 * more than the usual gap, at least 120 ms, at most 250 ms), so a search and the fragments it
 * fetches run for the word typed, not for each of its prefixes. Index chunks are not preloaded while typing: a
 * prefix's chunk is rarely the word's, and fetching it was most of what a search cost.
 */
const DEBOUNCE_MS = 120;
const DEBOUNCE_MAX_MS = 250;
/** A word of one or two letters ("i", "in") matches the largest index chunks: search it only after a real pause. */
const SHORT_WORD_PAUSE_MS = 600;
const SHORT_WORD = 3;
const PAGE_SIZE = 10;
/**
 * The first results are painted after three fragments, the other seven follow once typing has
 * stopped: a search for a word still being typed then costs three fragments, not ten.
 */
const FIRST_PAINT = 3;
const FILL_DELAY_MS = 150;

/** How long to wait after a keystroke: a quarter more than this visitor's usual gap between keys, within bounds. */
export function typingPause(gaps: readonly number[]): number {
  if (gaps.length === 0) return DEBOUNCE_MS;
  const sorted = [...gaps].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return Math.min(DEBOUNCE_MAX_MS, Math.max(DEBOUNCE_MS, Math.round(median * 1.25)));
}

function monthOf(key: string | null | undefined): Month | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(key ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]) } : undefined;
}

class IbSearch extends HTMLElement {
  private input!: HTMLInputElement;
  private sort!: HTMLSelectElement;
  private refine!: HTMLDetailsElement;
  private filterBox!: HTMLElement;
  private from!: HTMLInputElement;
  private to!: HTMLInputElement;
  private status!: HTMLElement;
  private notes!: HTMLElement;
  private problems!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private shown!: HTMLElement;
  private pagefind: Promise<Pagefind> | undefined;
  /** The fresh instance the rest of a precomputed answer comes from (freshPagefind). */
  private answerPagefind: Promise<Pagefind> | undefined;
  /** The rendering under way (renderMore). */
  private rendering: Promise<void> = Promise.resolve();
  private info: Promise<FilterInfo | undefined> | undefined;
  private bounds: MonthBounds | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;
  private results: ShownResult[] = [];
  private rendered = 0;
  private lastQuery = '';
  private baseTitle = document.title;
  /** True once Pagefind's filter index is loaded, so searches return counts for every group. */
  private countsLoaded = false;
  private urlProblems: string[] = [];
  private lastInput = 0;
  /** The last few gaps between keystrokes, ms. */
  private gaps: number[] = [];

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
    this.from = q('[data-search-from]');
    this.to = q('[data-search-to]');
    this.status = q('[data-search-status]');
    this.notes = q('[data-search-notes]');
    this.problems = q('[data-search-problems]');
    this.list = q('[data-search-results]');
    this.more = q('[data-search-more]');
    this.shown = q('[data-search-shown]');

    const state = parseSearchState(new URLSearchParams(location.search));
    // Unknown filter values are reported once; date problems follow the date fields as they change.
    this.urlProblems = state.problems;
    this.input.value = state.q;
    this.sort.value = state.sort;
    this.from.value = state.fra;
    this.to.value = state.til;

    q<HTMLFormElement>('[data-search-form]').addEventListener('submit', (e) => {
      e.preventDefault();
      void this.run();
    });
    // What the shared URL got wrong is said until the visitor changes the search.
    this.addEventListener('input', () => (this.urlProblems = []), { capture: true });
    this.addEventListener('change', () => (this.urlProblems = []), { capture: true });
    this.input.addEventListener('input', () => {
      // Marks let the benchmark measure typing → results in a real browser.
      performance.mark('ib-search:input');
      // The index's page table loads while the visitor types the rest of the word.
      void this.load().catch(() => undefined);
      const now = performance.now();
      if (now - this.lastInput < 1000) this.gaps = [...this.gaps.slice(-3), now - this.lastInput];
      this.lastInput = now;
      clearTimeout(this.timer);
      const last = normaliseQuery(this.input.value).split(' ').at(-1) ?? '';
      const wait = last !== '' && last.length < SHORT_WORD ? SHORT_WORD_PAUSE_MS : typingPause(this.gaps);
      this.timer = setTimeout(() => void this.run(), wait);
    });
    this.input.addEventListener('focus', () => void this.prepare().catch(() => undefined), { once: true });
    this.sort.addEventListener('change', () => void this.run());
    this.filterBox.addEventListener('change', () => void this.run());
    for (const box of [this.from, this.to]) {
      box.addEventListener('change', () => void this.run());
      // The date fields are outside the form, so Enter would do nothing by itself.
      box.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') void this.run();
      });
    }
    // Pagefind's filter index (per-query counts) is loaded when someone reaches for the filters,
    // not before the first search: it would double what a first visit fetches.
    for (const type of ['focusin', 'pointerdown'] as const)
      this.refine.addEventListener(type, () => void this.loadCounts(), { once: true });
    q<HTMLButtonElement>('[data-search-clear]').addEventListener('click', () => {
      for (const box of this.filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
      this.from.value = '';
      this.to.value = '';
      void this.run();
    });
    this.more.addEventListener('click', () => void this.renderMore(true));

    // With no search in the URL nothing needs the index yet: wait for an idle moment so loading
    // Pagefind's WebAssembly does not compete with the first paint on slow phones.
    if (state.q.trim() || hasFilters(state) || state.problems.length || state.dateProblems.length) void this.start(state);
    else if ('requestIdleCallback' in window) requestIdleCallback(() => void this.start(state), { timeout: 1500 });
    else setTimeout(() => void this.start(state), 200);
  }

  /** Pagefind's code and WebAssembly, without the page table (see preparePagefind). */
  private prepare(): Promise<Pagefind> {
    return preparePagefind(this.dataset.bundle ?? '', this.dataset.base ?? '/');
  }

  private load(): Promise<Pagefind> {
    this.pagefind ??= loadPagefind(this.dataset.bundle ?? '', this.dataset.base ?? '/');
    this.pagefind.catch(() => {
      this.pagefind = undefined;
    });
    return this.pagefind;
  }

  private filterInfo(): Promise<FilterInfo | undefined> {
    this.info ??= loadFilterInfo(this.dataset.base ?? '/');
    return this.info;
  }

  /** Load Pagefind's filter index, so results come with counts for every choice (when the filters are opened). */
  private async loadCounts(rerun = true): Promise<void> {
    if (this.countsLoaded) return;
    const pf = await this.load();
    await pf.filters();
    this.countsLoaded = true;
    if (rerun && (this.lastQuery || hasFilters(this.readState()))) await this.run();
  }

  /** Build the filters from the build's counts, restore the shared URL's state, and search if it asks to. */
  private async start(state: SearchState): Promise<void> {
    try {
      const asked = state.q.trim() || hasFilters(state) || state.problems.length || state.dateProblems.length;
      const [info] = await Promise.all([this.filterInfo(), asked ? this.load() : this.prepare()]);
      const first = monthOf(info?.months.first);
      const last = monthOf(info?.months.last);
      if (first && last) this.bounds = { first, last };
      this.filterBox.replaceChildren(...filterGroups(info?.counts ?? {}, state));
      this.refine.hidden = false;
      if (hasFilters(state) || window.matchMedia('(min-width: 60rem)').matches) this.refine.open = true;
      if (hasFilters(state)) await this.loadCounts(false);
      if (asked) await this.run();
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
    const params = new URLSearchParams();
    params.set('fra', this.from.value);
    params.set('til', this.to.value);
    const dates = parseSearchState(params);
    return {
      q: this.input.value,
      filters,
      fra: this.from.value,
      til: this.to.value,
      range: dates.range,
      sort: (this.sort.value || 'relevans') as SortOrder,
      problems: [],
      dateProblems: dates.dateProblems,
    };
  }

  private showNotes(problems: string[], outcome?: Outcome): void {
    const shown = problemBox(problems);
    // Replace the alert only when it changes, so it is not read out again on every search.
    if (this.problems.textContent !== shown.map((e) => e.textContent).join('')) this.problems.replaceChildren(...shown);
    const items = notes(
      outcome,
      (q) => `${location.pathname}${searchStateToQuery({ ...this.readState(), q })}`,
      (q) => {
        this.input.value = q;
        void this.run();
        this.input.focus();
      },
    );
    this.notes.replaceChildren(...items);
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
    const problems = [...this.urlProblems, ...state.dateProblems];
    if (state.dateProblems.length) {
      // An unreadable date range is reported, never searched as if it were not there.
      this.results = [];
      this.list.replaceChildren();
      this.status.textContent = '';
      this.showNotes(problems);
      this.updateMore();
      return;
    }
    if (!term && !hasFilters(state)) {
      this.results = [];
      this.list.replaceChildren();
      this.status.textContent = '';
      this.showNotes(problems);
      this.updateMore();
      const info = await this.filterInfo();
      if (seq === this.seq) showCounts(this.filterBox, info?.counts);
      return;
    }
    this.list.setAttribute('aria-busy', 'true');
    try {
      const filters = pagefindFilters(state, this.bounds);
      const base = this.dataset.base ?? '/';
      const engine = async (pf?: Pagefind): Promise<Outcome> => runSearch(siteDeps(pf ?? (await this.load()), base), term, { filters });
      // A word on most pages has a precomputed first page (first-results.ts): Pagefind's page list
      // for it, often larger than the whole page, is fetched only if the visitor asks for more.
      const first = term && !this.countsLoaded && canUseFirstResults(state) ? await loadFirstResults(base, term) : undefined;
      let outcome: Outcome;
      if (first) {
        const { searched, restoredFrom, suggestions, buried } = first;
        // The rest of the list from a fresh instance, as the answer was computed (freshPagefind).
        // It stays loaded while its results are shown (their pages are fetched through it).
        const results = answerResults(first, async () => {
          const previous = this.answerPagefind;
          this.answerPagefind = freshPagefind(this.dataset.bundle ?? '', base);
          void previous?.then((pf) => pf.destroy()).catch(() => undefined);
          return (await engine(await this.answerPagefind)).results;
        });
        outcome = { searched, suggestions, results, ...(restoredFrom ? { restoredFrom } : {}), ...(buried ? { buried } : {}) };
      } else if (term) {
        outcome = await engine();
      } else {
        const pf = await this.load();
        // Browsing by filters alone has no relevance to rank by: newest first then.
        const all = await pf.search(null, { filters });
        outcome = { searched: '', results: sortByDate(all.results, state.sort === 'aeldste' ? 'asc' : 'desc'), suggestions: [] };
      }
      let results = outcome.results;
      const sort = term ? pagefindSort(state.sort) : undefined;
      // Dated results by date, undated pages after them in relevance order.
      if (sort) results = sortByDate(results, sort.date);
      const counts = this.countsLoaded ? await this.groupCounts(await this.load(), outcome.searched, state) : undefined;
      if (seq !== this.seq) return;
      showCounts(this.filterBox, counts);
      this.results = results;
      this.rendered = 0;
      this.lastQuery = outcome.searched;
      const started = performance.now();
      await this.renderMore(false, true, FIRST_PAINT);
      if (seq !== this.seq) return;
      setTimeout(() => {
        if (seq === this.seq && this.lastInput < started && this.rendered < PAGE_SIZE) void this.renderMore(false, false, 0, PAGE_SIZE);
      }, FILL_DELAY_MS);
      this.showNotes(problems, outcome);
      this.status.textContent = resultCountMessage(
        this.results.length,
        term ? typed : '',
        FILTER_PARAMS.some(({ param }) => state.filters[param].length > 0),
        describeRange(state.range),
      );
      if (performance.getEntriesByName('ib-search:input').length) performance.measure('ib-search:results', 'ib-search:input');
    } catch {
      if (seq === this.seq) this.status.textContent = copy.loadError;
    } finally {
      if (seq === this.seq) this.list.removeAttribute('aria-busy');
    }
  }

  /**
   * Show `count` more results (or, with `upTo`, as many as make `upTo`); `replace` swaps the list
   * only once the new items are ready. One at a time: a click on «Vis flere» while the first page
   * is still being filled would otherwise render the same results twice. A new list (`replace`)
   * does not wait for the old one's.
   */
  private renderMore(moveFocus: boolean, replace = false, count = PAGE_SIZE, upTo?: number): Promise<void> {
    const step = () => this.renderStep(moveFocus, replace, upTo === undefined ? count : Math.max(0, upTo - this.rendered));
    const run = replace ? step() : this.rendering.then(step);
    this.rendering = run.catch(() => undefined);
    return run;
  }

  private async renderStep(moveFocus: boolean, replace: boolean, count: number): Promise<void> {
    const seq = this.seq;
    if (replace) this.rendered = 0;
    if (count === 0) return;
    const slice = this.results.slice(this.rendered, this.rendered + count);
    const searched = this.lastQuery !== '';
    const views = await Promise.all(slice.map(async (r) => r.view ?? resultView(await r.data(), searched)));
    if (seq !== this.seq) return;
    const items = views.map((v) => resultItem(v));
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

  /**
   * Counts beside each choice: how many results there would be with that value. Choices within a
   * group add up, so a group with choices is counted under the other groups' filters only (one more
   * search on the already loaded index per active group); other groups under all filters.
   */
  private async groupCounts(pf: Pagefind, term: string, state: SearchState): Promise<FilterCounts> {
    const current = await pf.search(term || null, { filters: pagefindFilters(state, this.bounds) });
    const counts: FilterCounts = { ...current.filters };
    for (const { param, filter } of FILTER_PARAMS) {
      if (state.filters[param].length === 0) continue;
      const other = await pf.search(term || null, { filters: pagefindFilters(withoutGroup(state, param), this.bounds) });
      counts[filter] = other.filters[filter] ?? {};
    }
    return counts;
  }
}

if (!customElements.get('ib-search')) customElements.define('ib-search', IbSearch);
