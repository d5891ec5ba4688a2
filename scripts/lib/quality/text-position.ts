/** Line and column (both 1-based) of a character offset, so gate messages can say file:line:column. */
export interface TextPosition {
  line: number;
  column: number;
}

/** Build a lookup once per file: offsets are resolved by binary search over line starts. */
export function positionLookup(text: string): (offset: number) => TextPosition {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}
