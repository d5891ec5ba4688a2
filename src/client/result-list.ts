/**
 * The search page's result list: the last search's results, shown a page at a time with »Vis flere«
 * and the »Viser x af y« line. Renders run one at a time: a click on »Vis flere« while the first
 * page is still being filled would otherwise render the same results twice. A new list does not wait
 * for the old one's, and a render of a list that has since been replaced (or a search begun) is dropped.
 */
import { shownMessage } from '../lib/search/format.ts';
import type { ShownResult } from '../lib/search/first-results.ts';
import { resultView } from '../lib/search/result-view.ts';
import { resultItem } from './search-view.ts';

export const PAGE_SIZE = 10;

export class ResultList {
  private results: ShownResult[] = [];
  private shownCount = 0;
  /** Whether the results are a search's (their paragraphs and marks shown) or a browse by filters. */
  private searched = false;
  private rendering: Promise<void> = Promise.resolve();
  private generation = 0;

  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private readonly shown: HTMLElement;

  constructor(list: HTMLOListElement, more: HTMLButtonElement, shown: HTMLElement) {
    this.list = list;
    this.more = more;
    this.shown = shown;
    more.addEventListener('click', () => void this.showMore(true));
  }

  get total(): number {
    return this.results.length;
  }

  get rendered(): number {
    return this.shownCount;
  }

  /** A new search has begun: renders of the old list stop where they are. */
  invalidate(): void {
    this.generation++;
  }

  clear(): void {
    this.invalidate();
    this.results = [];
    this.shownCount = 0;
    this.list.replaceChildren();
    this.update();
  }

  /** Replace the list with `results`, of which the first `count` are shown once ready. */
  show(results: ShownResult[], searched: boolean, count: number): Promise<void> {
    this.results = results;
    this.searched = searched;
    this.shownCount = 0;
    return this.render(false, true, count);
  }

  /** Show `count` more results (or, with `upTo`, as many as make `upTo`). */
  showMore(moveFocus: boolean, count = PAGE_SIZE, upTo?: number): Promise<void> {
    return this.render(moveFocus, false, count, upTo);
  }

  private render(moveFocus: boolean, replace: boolean, count: number, upTo?: number): Promise<void> {
    const step = () => this.step(moveFocus, replace, upTo === undefined ? count : Math.max(0, upTo - this.shownCount));
    const run = replace ? step() : this.rendering.then(step);
    this.rendering = run.catch(() => undefined);
    return run;
  }

  private async step(moveFocus: boolean, replace: boolean, count: number): Promise<void> {
    const generation = this.generation;
    if (replace) this.shownCount = 0;
    if (count === 0) return;
    const slice = this.results.slice(this.shownCount, this.shownCount + count);
    const views = await Promise.all(slice.map(async (r) => r.view ?? resultView(await r.data(), this.searched)));
    if (generation !== this.generation) return;
    const items = views.map((v) => resultItem(v));
    if (replace) {
      const focused = this.focusedLink();
      this.list.replaceChildren(...items);
      // A redraw must not drop a keyboard user's focus to the page (WCAG 2.4.3): back to the same link, if it is still there.
      if (focused) this.linkLike(focused)?.focus();
    } else this.list.append(...items);
    this.shownCount += items.length;
    this.update();
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  private focusedLink(): HTMLAnchorElement | undefined {
    const active = document.activeElement;
    return active instanceof HTMLAnchorElement && this.list.contains(active) ? active : undefined;
  }

  /** The link in the list going where `link` went, of the same kind (a result's title or a jump to its paragraph). */
  private linkLike(link: HTMLAnchorElement): HTMLAnchorElement | undefined {
    const href = link.getAttribute('href');
    return [...this.list.querySelectorAll<HTMLAnchorElement>('a[href]')].find(
      (a) => a.getAttribute('href') === href && a.className === link.className,
    );
  }

  private update(): void {
    const total = this.results.length;
    this.more.hidden = this.shownCount >= total;
    this.shown.textContent = total > this.shownCount ? shownMessage(this.shownCount, total) : '';
  }
}
