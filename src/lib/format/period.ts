/** Danish words around period labels: "året 2014" for a plain year, "perioden 2014K1" otherwise. */
export function isYearLabel(label: string): boolean {
  return /^\d{4}$/.test(label);
}

/** "basisåret 2014" / "basisperioden 2014K1". */
export function baselineWords(label: string): string {
  return `${isYearLabel(label) ? 'basisåret' : 'basisperioden'} ${label}`;
}
