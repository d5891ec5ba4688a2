/**
 * The letters about each indicator and each area, in the archive's order, for the topic feeds.
 * Grouped once per list of letters (a build has one list for all its feeds): 20,000 letters
 * filtered again for each of 200 indicator feeds was most of those feeds' time. Pure.
 */
import type { LetterData } from '../content-schemas.ts';

type Letter = { id: string; data: Pick<LetterData, 'indicators' | 'areas'> };
type Topic = 'indicators' | 'areas';

const groups = {
  indicators: new WeakMap<readonly Letter[], Map<string, Letter[]>>(),
  areas: new WeakMap<readonly Letter[], Map<string, Letter[]>>(),
};

/** The letters whose `topic` (indicators or areas) lists `key`, each once, in the order of `letters`. */
export function lettersAbout<T extends Letter>(letters: readonly T[], topic: Topic, key: string): T[] {
  let byKey = groups[topic].get(letters);
  if (!byKey) {
    byKey = new Map();
    for (const l of letters) {
      for (const k of new Set<string>(l.data[topic] ?? [])) {
        const list = byKey.get(k);
        if (list) list.push(l);
        else byKey.set(k, [l]);
      }
    }
    groups[topic].set(letters, byKey);
  }
  return (byKey.get(key) ?? []) as T[];
}
