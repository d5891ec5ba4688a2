/**
 * Optional enhancement: with JavaScript the chart takes focus (one tab stop), the arrow keys step
 * through its points and the pointer shows the nearest one, each in a small tooltip that a screen
 * reader hears through the status line. Without it, the table below holds the same numbers.
 *
 * The printed chart is an image (role="img" with its title and description). Operable, it becomes
 * an application described as a »graf« (WCAG 4.1.2): a screen reader passes the arrow keys to it
 * instead of reading on, so the hint it hears on focus is true. Name and description stay the same.
 * The tooltip (WCAG 1.4.13) is dismissed with Esc wherever the focus is, and stays while the
 * pointer moves onto it, since it can cover the chart's caption or lines.
 */
class ChartTips extends HTMLElement {
  connectedCallback() {
    const tip = this.querySelector<HTMLElement>('.ib-figure__tip');
    const live = this.querySelector<HTMLElement>('.ib-figure__live');
    if (!tip || !live) return;
    for (const svg of this.querySelectorAll<SVGSVGElement>('svg.ib-chart')) this.wire(svg, tip, live);
  }

  wire(svg: SVGSVGElement, tip: HTMLElement, live: HTMLElement) {
    const points = [...svg.querySelectorAll<SVGGraphicsElement>('[data-tip]')];
    if (points.length === 0) return;
    const x = (p: SVGGraphicsElement) => p.transform.baseVal.consolidate()?.matrix.e ?? 0;
    // Left to right through time; points at the same period in series order.
    const order = points.map((_, i) => i).sort((a, b) => x(points[a]!) - x(points[b]!) || a - b);
    let current = -1;
    /** The point whose tooltip Esc dismissed while the pointer showed it: the pointer brings it back only by moving to another point. */
    let dismissed = -1;
    let byKey = false;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      dismissed = byKey ? -1 : current;
      hide();
    };
    const show = (i: number, announce: boolean) => {
      points[current]?.classList.remove('is-active');
      current = i;
      byKey = announce;
      const p = points[i]!;
      p.classList.add('is-active');
      tip.textContent = p.dataset.tip ?? '';
      tip.hidden = false;
      const box = this.getBoundingClientRect();
      const r = p.getBoundingClientRect();
      const half = tip.offsetWidth / 2;
      tip.style.left = `${Math.min(Math.max(r.left + r.width / 2 - box.left, half), box.width - half)}px`;
      tip.style.top = `${r.top - box.top}px`;
      if (announce) live.textContent = tip.textContent;
      document.addEventListener('keydown', onKey);
    };
    const hide = () => {
      points[current]?.classList.remove('is-active');
      current = -1;
      tip.hidden = true;
      document.removeEventListener('keydown', onKey);
    };
    const into = (target: EventTarget | null, box: Element) => target instanceof Node && box.contains(target);
    svg.setAttribute('role', 'application');
    if (this.dataset.roleDescription) svg.setAttribute('aria-roledescription', this.dataset.roleDescription);
    svg.tabIndex = 0;
    svg.addEventListener('focus', () => {
      live.textContent = this.dataset.hint ?? '';
    });
    svg.addEventListener('blur', hide);
    svg.addEventListener('keydown', (e) => {
      const pos = order.indexOf(current);
      const last = order.length - 1;
      const target: Record<string, number> = {
        ArrowRight: Math.min(pos + 1, last),
        ArrowDown: Math.min(pos + 1, last),
        ArrowLeft: Math.max(pos - 1, 0),
        ArrowUp: Math.max(pos - 1, 0),
        Home: 0,
        End: last,
      };
      const next = target[e.key];
      if (next === undefined) return;
      e.preventDefault();
      show(order[next]!, true);
    });
    svg.addEventListener('pointermove', (e) => {
      let best = 0;
      let bestDistance = Infinity;
      points.forEach((p, i) => {
        const r = p.getBoundingClientRect();
        const d = Math.hypot(r.left + r.width / 2 - e.clientX, (r.top + r.height / 2 - e.clientY) / 3);
        if (d < bestDistance) [best, bestDistance] = [i, d];
      });
      if (best === current || best === dismissed) return;
      dismissed = -1;
      show(best, false);
    });
    svg.addEventListener('pointerleave', (e) => {
      dismissed = -1;
      if (into(e.relatedTarget, tip)) return;
      if (document.activeElement !== svg) hide();
    });
    // One tooltip serves the phone and the wide drawing: only the chart showing it acts on leaving it.
    tip.addEventListener('pointerleave', (e) => {
      if (current === -1 || into(e.relatedTarget, svg)) return;
      if (document.activeElement !== svg) hide();
    });
  }
}
if (!customElements.get('ib-chart-tips')) customElements.define('ib-chart-tips', ChartTips);
