/**
 * <ib-search>: the behaviour of /soeg/. The markup (form, live region, archive links) is printed by
 * SearchApp.astro and works without JavaScript; this element adds search-as-you-type with Pagefind,
 * filters and a date range, sorting, URL state, »Mente du …?« and result rendering. Logic lives in
 * the modules next to it (what a search gives: search-outcome.ts; the list and »Vis flere«:
 * result-list.ts; the form's state: search-form.ts; the typing pause; the filter counts); this file
 * wires them to the DOM.
 */
import { describeRange, hasRange, parseRange, type DateField } from '../lib/search/date-range.ts';
import { dateFieldViews } from '../lib/search/date-field-view.ts';
import type { Outcome } from '../lib/search/engine.ts';
import { resultCountMessage, shortQuery } from '../lib/search/format.ts';
import { sortByDate } from '../lib/search/ordering.ts';
import type { Pagefind } from '../lib/search/pagefind-api.ts';
import { freshPagefind, loadPagefind, preparePagefind } from './pagefind-loader.ts';
import { MAX_QUERY_LENGTH, normaliseQuery } from '../lib/search/query.ts';
import { filterGroups, notes, problemBox, showCounts } from './search-view.ts';
import { countsFitResults, partialMatch } from '../lib/search/search-notes.ts';
import { PAGE_SIZE, ResultList } from './result-list.ts';
import { groupCounts } from './filter-counts.ts';
import { searchDelay, withGap } from './typing-pause.ts';
import { searchOutcome } from './search-outcome.ts';
import { formState, monthBounds } from './search-form.ts';
import type { SearchCause, TypedForm } from '../lib/search/history-entry.ts';
import { SearchHistory } from './search-history.ts';
import { sortMonthResults } from '../lib/search/month-query.ts';
import { loadFilterInfo, prefetchChunkStarts, preloadTyped, type FilterInfo } from './site-files.ts';
import { searchCopy as copy } from '../lib/copy/index.ts';
import {
  FILTER_PARAMS,
  hasFilters,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  searchStateToQuery,
  type MonthBounds,
  type SearchState,
} from '../lib/search/url-state.ts';

/**
 * The first results are painted after three fragments, the other seven follow once typing has
 * stopped: a search for a word still being typed then costs three fragments, not ten.
 */
const FIRST_PAINT = 3;
const FILL_DELAY_MS = 150;

class IbSearch extends HTMLElement {
  private input!: HTMLInputElement;
  private sort!: HTMLSelectElement;
  private refine!: HTMLDetailsElement;
  private filterBox!: HTMLElement;
  private from!: HTMLInputElement;
  private to!: HTMLInputElement;
  private dateErrors!: Record<DateField, HTMLElement>;
  private dateHint = '';
  private status!: HTMLElement;
  private notes!: HTMLElement;
  private problems!: HTMLElement;
  private list!: HTMLOListElement;
  private results!: ResultList;
  private pagefind: Promise<Pagefind> | undefined;
  /** The fresh instance the rest of a precomputed answer comes from (freshPagefind). */
  private answerPagefind: Promise<Pagefind> | undefined;
  private info: Promise<FilterInfo | undefined> | undefined;
  private bounds: MonthBounds | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;
  private lastQuery = '';
  /** Whether filter counts can be those of the results shown (search-notes.ts, countsFitResults). */
  private countable = true;
  private baseTitle = document.title;
  /** True once Pagefind's filter index is loaded, so searches return counts for every group. */
  private countsLoaded = false;
  /** The search (seq) whose results are on the page, so late filter counts are for those results. */
  private shownSeq = 0;
  private urlProblems: string[] = [];
  private lastInput = 0;
  /** The last few gaps between keystrokes, ms. */
  private gaps: number[] = [];
  /** Which searches Back returns to (search-history.ts). */
  private history = new SearchHistory();

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
    this.dateErrors = { from: q('[data-search-from-error]'), to: q('[data-search-to-error]') };
    this.dateHint = this.from.getAttribute('aria-describedby') ?? '';
    this.status = q('[data-search-status]');
    this.notes = q('[data-search-notes]');
    this.problems = q('[data-search-problems]');
    this.list = q('[data-search-results]');
    this.results = new ResultList(this.list, q('[data-search-more]'), q('[data-search-shown]'));

    const state = parseSearchState(new URLSearchParams(location.search));
    this.fillForm(state);

    q<HTMLFormElement>('[data-search-form]').addEventListener('submit', (e) => {
      e.preventDefault();
      void this.run('submit');
    });
    // What the shared URL got wrong is said until the visitor changes the search.
    this.addEventListener('input', () => (this.urlProblems = []), { capture: true });
    this.addEventListener('change', () => (this.urlProblems = []), { capture: true });
    this.input.addEventListener('input', () => {
      // Marks let the benchmark measure typing → results in a real browser.
      performance.mark('ib-search:input');
      // The index's page table loads while the visitor types the rest of the word, and with it
      // the chunks the search will read (preloadTyped).
      const base = this.dataset.base ?? '/';
      const typed = normaliseQuery(this.input.value);
      prefetchChunkStarts(base, typed);
      const lastDone = /\s$/.test(this.input.value);
      void this.load()
        .then((pf) => preloadTyped(pf, base, typed, lastDone))
        .catch(() => undefined);
      const now = performance.now();
      this.gaps = withGap(this.gaps, this.lastInput, now);
      this.lastInput = now;
      clearTimeout(this.timer);
      const wait = searchDelay(normaliseQuery(this.input.value).split(' ').at(-1) ?? '', this.gaps);
      this.timer = setTimeout(() => void this.run('typing'), wait);
    });
    this.input.addEventListener('focus', () => void this.prepare().catch(() => undefined), { once: true });
    this.sort.addEventListener('change', () => void this.run('refine'));
    this.filterBox.addEventListener('change', () => void this.run('refine'));
    for (const box of [this.from, this.to]) {
      box.addEventListener('change', () => void this.run('refine'));
      // The date fields are outside the form, so Enter would do nothing by itself.
      box.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') void this.run('refine');
      });
    }
    // Back and Forward bring an earlier search's address: the form and the results follow it.
    window.addEventListener('popstate', () => void this.restore());
    // Pagefind's filter index (per-query counts) is loaded when someone reaches for the filters,
    // not before the first search: it would double what a first visit fetches.
    for (const type of ['focusin', 'pointerdown'] as const)
      this.refine.addEventListener(type, () => void this.loadCounts(), { once: true });
    q<HTMLButtonElement>('[data-search-clear]').addEventListener('click', () => {
      for (const box of this.filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
      this.from.value = '';
      this.to.value = '';
      void this.run('refine');
    });

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

  /** A new instance for the rest of a precomputed answer; it stays loaded while its results are shown (their pages are fetched through it). */
  private freshAnswerPagefind(): Promise<Pagefind> {
    const previous = this.answerPagefind;
    this.answerPagefind = freshPagefind(this.dataset.bundle ?? '', this.dataset.base ?? '/');
    void previous?.then((pf) => pf.destroy()).catch(() => undefined);
    return this.answerPagefind;
  }

  private filterInfo(): Promise<FilterInfo | undefined> {
    this.info ??= loadFilterInfo(this.dataset.base ?? '/');
    return this.info;
  }

  /** Load Pagefind's filter index, so results come with counts for every choice (when the filters are opened). */
  private async loadCounts(refresh = true): Promise<void> {
    if (this.countsLoaded) return;
    const pf = await this.load();
    await pf.filters();
    this.countsLoaded = true;
    if (refresh) await this.refreshCounts();
  }

  /**
   * Counts for the results already shown, without searching again: on a slow phone the filter index
   * arrives seconds after the visitor tabbed past the closed filter panel, and redrawing the same
   * results then took the focus from the result they had reached (WCAG 2.4.3).
   */
  private async refreshCounts(): Promise<void> {
    const seq = this.seq;
    // A search still running reads the counts itself once it has its results.
    if (seq !== this.shownSeq) return;
    const state = this.readState();
    if (!this.lastQuery && !hasFilters(state)) return;
    if (!this.countable) return;
    const counts = await groupCounts(await this.load(), this.lastQuery, state, this.bounds);
    if (seq === this.seq) showCounts(this.filterBox, counts);
  }

  /** Each date field marked invalid and described by the problem said next to it (WCAG 3.3.1); cleared once it reads. */
  private markDateFields(): void {
    const ids = { hint: this.dateHint, error: { from: this.dateErrors.from.id, to: this.dateErrors.to.id } };
    const views = dateFieldViews(parseRange(this.from.value, this.to.value).problems, ids);
    for (const [field, box] of [
      ['from', this.from],
      ['to', this.to],
    ] as const) {
      const view = views[field];
      if (view.invalid) box.setAttribute('aria-invalid', 'true');
      else box.removeAttribute('aria-invalid');
      box.setAttribute('aria-describedby', view.describedBy);
      const error = this.dateErrors[field];
      const text = view.messages.join(' ');
      if (error.textContent !== text) error.textContent = text;
      error.hidden = text === '';
    }
  }

  /** Build the filters from the build's counts, restore the shared URL's state, and search if it asks to. */
  private async start(state: SearchState): Promise<void> {
    try {
      const asked = state.q.trim() || hasFilters(state) || state.problems.length || state.dateProblems.length;
      const [info] = await Promise.all([this.filterInfo(), asked ? this.load() : this.prepare()]);
      this.bounds = monthBounds(info);
      this.refine.hidden = false;
      if (window.matchMedia('(min-width: 60rem)').matches) this.refine.open = true;
      await this.showFilters(info, state);
      if (asked) await this.run('address');
    } catch {
      this.status.textContent = copy.loadError;
    }
  }

  /**
   * The form as a search's address says, or with the words and dates as the visitor typed them when
   * the history entry kept them. Unknown filter values are reported once; date problems follow the
   * date fields as they change.
   */
  private fillForm(state: SearchState, typed?: TypedForm): void {
    this.urlProblems = state.problems;
    this.input.value = typed?.q ?? state.q;
    this.sort.value = state.sort;
    this.from.value = typed?.fra ?? state.fra;
    this.to.value = typed?.til ?? state.til;
  }

  /** The filter boxes ticked as the state says, with their counts when a filter is set. */
  private async showFilters(info: FilterInfo | undefined, state: SearchState): Promise<void> {
    this.filterBox.replaceChildren(...filterGroups(info?.counts ?? {}, state));
    // A date problem is said next to its field, so the panel holding the fields opens too.
    if (hasFilters(state) || state.dateProblems.length) this.refine.open = true;
    if (hasFilters(state)) await this.loadCounts(false);
  }

  /** The search in the address Back or Forward brought, put back in the form and run. */
  private async restore(): Promise<void> {
    const arrived = this.history.arrived();
    if (!arrived) return;
    this.fillForm(arrived.state, arrived.typed);
    try {
      await this.showFilters(await this.filterInfo(), arrived.state);
      await this.run('address');
    } catch {
      this.status.textContent = copy.loadError;
    }
  }

  private readState(): SearchState {
    return formState({ input: this.input, sort: this.sort, filterBox: this.filterBox, from: this.from, to: this.to });
  }

  private showNotes(problems: string[], outcome?: Outcome, typed = '', narrowed = false): void {
    const shown = problemBox(problems);
    // Replace the alert only when it changes, so it is not read out again on every search.
    if (this.problems.textContent !== shown.map((e) => e.textContent).join('')) this.problems.replaceChildren(...shown);
    const items = notes(
      outcome,
      (q) => `${location.pathname}${searchStateToQuery({ ...this.readState(), q })}`,
      (q) => {
        this.input.value = q;
        void this.run('submit');
        this.input.focus();
      },
      // A paste longer than the field is cut by the browser without a word: the page says so.
      { typed, found: this.results.total, truncated: this.input.value.length >= MAX_QUERY_LENGTH, narrowed },
    );
    this.notes.replaceChildren(...items);
  }

  private async run(cause: SearchCause): Promise<void> {
    clearTimeout(this.timer);
    const seq = ++this.seq;
    this.results.invalidate();
    const state = this.readState();
    const query = searchStateToQuery(state);
    this.history.record(query, cause, { q: this.input.value, fra: this.from.value, til: this.to.value });
    const term = normaliseQuery(state.q);
    // Messages repeat the query as typed ("2009–9512"), searching uses the normalised form.
    const typed = state.q.trim().replace(/\s+/g, ' ');
    // A pasted paragraph in the tab title and the history list would hide the site's name.
    document.title = term ? `»${shortQuery(typed)}« – ${this.baseTitle}` : this.baseTitle;
    const problems = [...this.urlProblems, ...state.dateProblems];
    this.markDateFields();
    if (state.dateProblems.length) {
      // An unreadable date range is reported, never searched as if it were not there.
      this.results.clear();
      this.status.textContent = '';
      this.showNotes(problems);
      return;
    }
    if (!term && !hasFilters(state)) {
      this.results.clear();
      this.status.textContent = '';
      this.showNotes(problems);
      const info = await this.filterInfo();
      if (seq === this.seq) showCounts(this.filterBox, info?.counts);
      return;
    }
    this.list.setAttribute('aria-busy', 'true');
    try {
      const filters = pagefindFilters(state, this.bounds);
      const outcome = await searchOutcome(
        {
          base: this.dataset.base ?? '/',
          load: () => this.load(),
          fresh: () => this.freshAnswerPagefind(),
          countsLoaded: this.countsLoaded,
          firstPaint: FIRST_PAINT,
        },
        term,
        state,
        filters,
      );
      let results = outcome.results;
      const sort = term ? pagefindSort(state.sort) : undefined;
      // Dated results by date, undated pages after them in relevance order.
      // A month query's dated documents stay before the pages that only write the month out.
      if (sort) results = outcome.months ? sortMonthResults(results, outcome.monthDated ?? 0, sort.date) : sortByDate(results, sort.date);
      const countable = countsFitResults(outcome);
      const counts =
        this.countsLoaded && countable ? await groupCounts(await this.load(), outcome.searched, state, this.bounds) : undefined;
      if (seq !== this.seq) return;
      showCounts(this.filterBox, counts);
      this.lastQuery = outcome.searched;
      this.countable = countable;
      this.shownSeq = seq;
      const started = performance.now();
      await this.results.show(results, outcome.searched !== '', FIRST_PAINT);
      if (seq !== this.seq) return;
      this.history.shown(query);
      // The filter index arrived while this search ran, after it had asked for counts.
      if (!counts && this.countsLoaded && countable) void this.refreshCounts();
      setTimeout(() => {
        if (seq === this.seq && this.lastInput < started && this.results.rendered < PAGE_SIZE)
          void this.results.showMore(false, 0, PAGE_SIZE);
      }, FILL_DELAY_MS);
      const filtered = FILTER_PARAMS.some(({ param }) => state.filters[param].length > 0);
      this.showNotes(problems, outcome, typed, filtered || hasRange(state.range));
      // The status names what was searched: »Økonomiudvalget«, as the note says, not »Oekonomiudvalget«.
      this.status.textContent = resultCountMessage(
        this.results.total,
        term ? (outcome.restoredFrom ? outcome.searched : typed) : '',
        filtered,
        describeRange(state.range),
        partialMatch(outcome),
      );
      if (performance.getEntriesByName('ib-search:input').length) performance.measure('ib-search:results', 'ib-search:input');
    } catch {
      if (seq === this.seq) this.status.textContent = copy.loadError;
    } finally {
      if (seq === this.seq) this.list.removeAttribute('aria-busy');
    }
  }
}

if (!customElements.get('ib-search')) customElements.define('ib-search', IbSearch);
