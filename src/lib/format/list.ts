/** "a", "a og b", "a, b og c": a Danish list of words. */
export function listDa(items: readonly string[], last = 'og'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}
