/**
 * Direct labels at the right of a chart: each wants to sit at its line's last y, but labels must not
 * overlap. Simple and predictable: sort by wanted y, push down what overlaps, then push back up from
 * the bottom edge if the stack ran out of room. Good enough for the handful of series a chart has.
 */
export interface LabelBox {
  key: string;
  /** Wanted centre. */
  y: number;
  height: number;
}

export function layoutLabels(boxes: readonly LabelBox[], top: number, bottom: number, gap = 2): Map<string, number> {
  const sorted = [...boxes].sort((a, b) => a.y - b.y || a.key.localeCompare(b.key));
  const ys = sorted.map((b) => Math.min(Math.max(b.y, top + b.height / 2), bottom - b.height / 2));
  for (let i = 1; i < sorted.length; i++) {
    const min = (ys[i - 1] as number) + ((sorted[i - 1] as LabelBox).height + (sorted[i] as LabelBox).height) / 2 + gap;
    if ((ys[i] as number) < min) ys[i] = min;
  }
  for (let i = sorted.length - 1; i >= 0; i--) {
    const box = sorted[i] as LabelBox;
    const max =
      i === sorted.length - 1
        ? bottom - box.height / 2
        : (ys[i + 1] as number) - (box.height + (sorted[i + 1] as LabelBox).height) / 2 - gap;
    if ((ys[i] as number) > max) ys[i] = max;
  }
  return new Map(sorted.map((b, i) => [b.key, Math.round((ys[i] as number) * 10) / 10]));
}

/** Greedy word wrap to at most `maxChars` per line (a single long word keeps its own line). */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A character's average width in a sans-serif font, in em. */
export const CHAR_WIDTH = 0.6;

/**
 * The same for the semi-bold direct labels (font-weight 600): »København« at 0.6 em a letter ran
 * 4–5 px past the chart's right edge in the browser.
 */
export const BOLD_CHAR_WIDTH = 0.68;

/** Rough width of a text in a sans-serif font: enough to reserve margins without measuring. */
export function textWidth(text: string, fontSize: number, charWidth = CHAR_WIDTH): number {
  return Math.ceil(text.length * fontSize * charWidth);
}
