/**
 * DOM for the search page's results, filters and notes, built from what the pure modules computed.
 * search-element.ts decides when; this file decides what a result, a filter group or a note is.
 */
import { filterLabel } from '../lib/search/filter-values.ts';
import { sortFilterValues, typeLabel } from '../lib/search/format.ts';
import type { FilterCounts } from '../lib/search/pagefind-api.ts';
import type { ResultView } from '../lib/search/result-view.ts';
import { FILTER_PARAMS, type SearchState } from '../lib/search/url-state.ts';
import { searchCopy as copy } from '../lib/copy/index.ts';
import type { Outcome } from '../lib/search/engine.ts';
import { noteTexts, type NoteContext, type NoteOutcome } from '../lib/search/search-notes.ts';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * »sagsnr. 2007-102467«: each word kept whole (a case number never breaks at its hyphen), while the
 * line may still break between words, so a list of numbers fits a phone at 200 % text.
 */
function numberPart(text: string): HTMLSpanElement {
  const span = el('span', 'ib-result__nr');
  text.split(' ').forEach((word, i) => {
    if (i > 0) span.append(' ');
    span.append(el('span', undefined, word));
  });
  return span;
}

/** One result, printed from what lib/search/result-view.ts computed. */
export function resultItem(v: ResultView): HTMLLIElement {
  const li = el('li', 'ib-result');
  const h = el('h3', 'ib-result__title');
  const link = el('a', 'ib-result__link', v.title);
  link.href = v.url;
  h.append(link);

  const meta = el('p', 'ib-result__meta');
  v.meta.forEach((part, i) => {
    if (i > 0) meta.append(el('span', 'ib-result__sep', ' · '));
    if (part.kind === 'date') {
      const time = el('time', undefined, part.text);
      time.dateTime = part.dateTime;
      meta.append(time);
    } else if (part.kind === 'mark') meta.append(el('strong', 'ib-mark', part.text));
    else if (part.kind === 'nr') meta.append(numberPart(part.text));
    else meta.append(el('span', part.kind === 'type' ? 'ib-result__type' : undefined, part.text));
  });
  li.append(h, meta);
  if (v.attachmentOf) li.append(el('p', 'ib-result__meta', v.attachmentOf));
  if (v.excerpt !== undefined) {
    const p = el('p', 'ib-result__excerpt');
    p.innerHTML = v.excerpt; // escaped by paragraphHits / Pagefind
    li.append(p);
  }
  for (const hit of v.hits) {
    const block = el('div', 'ib-result__hit');
    const p = el('p', 'ib-result__excerpt');
    p.innerHTML = hit.excerpt;
    const jump = el('a', 'ib-result__jump', hit.jump);
    jump.href = hit.href;
    jump.append(el('span', 'ib-visually-hidden', ` ${copy.inDocument} »${v.title}«`));
    block.append(p, jump);
    li.append(block);
  }
  return li;
}

/** The filter groups as checkboxes with labels and counts; values from the build's counts and the URL. */
export function filterGroups(all: FilterCounts, state: SearchState): HTMLElement[] {
  const groups: HTMLElement[] = [];
  for (const { param, filter } of FILTER_PARAMS) {
    const counts = all[filter] ?? {};
    const label = (v: string) => (param === 'type' ? typeLabel(v) : filterLabel(param, v));
    const values = sortFilterValues(param, [...new Set([...Object.keys(counts), ...state.filters[param]])], label);
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
      const text = el('label', undefined, label(value));
      text.htmlFor = id;
      const count = el('span', 'ib-search__count', ` (${counts[value] ?? 0})`);
      count.dataset.count = `${filter}\u0000${value}`;
      text.append(count);
      li.append(box, text);
      ul.append(li);
    });
    fieldset.append(ul);
    groups.push(fieldset);
  }
  return groups;
}

/** Counts for the current search beside each choice; none (blank) until the filter index is loaded. */
export function showCounts(box: HTMLElement, counts: FilterCounts | undefined): void {
  for (const span of box.querySelectorAll<HTMLElement>('[data-count]')) {
    const [filter = '', value = ''] = (span.dataset.count ?? '').split('\u0000');
    span.textContent = counts ? ` (${counts[filter]?.[value] ?? 0})` : '';
  }
}

/** Problems with the URL or the dates, as an alert; nothing when there are none. */
export function problemBox(problems: readonly string[]): HTMLElement[] {
  if (problems.length === 0) return [];
  const box = el('div', 'ib-search__problems');
  box.setAttribute('role', 'alert');
  box.append(el('p', 'ib-search__problems-heading', copy.problemsHeading));
  const ul = el('ul');
  for (const p of problems) ul.append(el('li', undefined, p));
  box.append(ul);
  return [box];
}

/** The notes on a search (search-notes.ts), and »Mente du …?« links. */
export function notes(
  outcome: (NoteOutcome & Pick<Outcome, 'suggestions'>) | undefined,
  suggestionHref: (query: string) => string,
  onSuggestion: (query: string) => void,
  context: NoteContext = { typed: '', found: 0, truncated: false },
): HTMLElement[] {
  const items: HTMLElement[] = noteTexts(outcome, context).map((n) => el('p', n.className, n.text));
  if (outcome && outcome.suggestions.length) {
    const p = el('p', 'ib-search__suggest');
    p.append(`${copy.didYouMean} `);
    outcome.suggestions.forEach((s, i) => {
      if (i > 0) p.append(i === outcome.suggestions.length - 1 ? ` ${copy.or} ` : ', ');
      const a = el('a', 'ib-search__suggestion', `»${s}«`);
      a.href = suggestionHref(s);
      a.addEventListener('click', (e) => {
        e.preventDefault();
        onSuggestion(s);
      });
      p.append(a);
    });
    p.append('?');
    items.push(p);
  }
  return items;
}
