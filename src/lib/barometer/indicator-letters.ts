/** Where all letters about one indicator are listed, when its own page shows only the newest. */
export function indicatorLettersPath(indicatorId: string): string {
  return `indikatorer/${indicatorId}/breve/`;
}
