/**
 * Optional enhancement: with JavaScript the chart takes focus (one tab stop), the arrow keys step
 * through its points and the pointer shows the nearest one, each in a small tooltip that a screen
 * reader hears through the status line. Without it, the table below holds the same numbers.
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
    const show = (i: number, announce: boolean) => {
      points[current]?.classList.remove('is-active');
      current = i;
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
    };
    const hide = () => {
      points[current]?.classList.remove('is-active');
      current = -1;
      tip.hidden = true;
    };
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
      if (e.key === 'Escape') return hide();
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
      if (best !== current) show(best, false);
    });
    svg.addEventListener('pointerleave', () => {
      if (document.activeElement !== svg) hide();
    });
  }
}
if (!customElements.get('ib-chart-tips')) customElements.define('ib-chart-tips', ChartTips);
