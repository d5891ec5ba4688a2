/** The summary's documents section in Danish Markdown: what was added, changed or removed, and where it shows. */
import { mdCode, mdText } from '../markdown.ts';
import { docTitle } from './documents.ts';
import type { ChangeSummary, DocSection } from './summary.ts';
import { docChangeHeading, joinWords, placeList } from './wording.ts';

function whatChanged(sec: DocSection): string {
  const c = sec.change;
  const parts: string[] = [];
  if (c.fields.length) parts.push(`${c.fields.length === 1 ? 'feltet' : 'felterne'} ${joinWords(c.fields.map(mdCode))}`);
  if (c.bodyChanged) parts.push('teksten');
  return parts.length ? `: ${joinWords(parts)} ændret` : '';
}

function docLines(sec: DocSection, base: string): string[] {
  const c = sec.change;
  const name = `»${mdText(docTitle(c.doc))}« (${mdCode(c.doc.path)})`;
  const from = c.kind === 'renamed' && c.before ? ` fra ${mdCode(c.before.path)}` : '';
  const lines = [`- **${docChangeHeading(c.doc.collection, c.kind)}**: ${name}${from}${whatChanged(sec)}`];
  if (!c.doc.data && c.kind !== 'removed')
    lines.push('  - Dokumentets oplysninger kan ikke læses (se fejlene ovenfor), så det vides ikke, hvor det vises.');
  c.ideas.forEach((idea, i) => {
    const word = { added: 'Ny idé', changed: 'Ændret idé', removed: 'Fjernet idé' }[idea.kind];
    const fields = idea.kind === 'changed' ? ` (${joinWords(idea.fields.map(mdCode))})` : '';
    const where = idea.kind === 'removed' ? '' : ` – vises på: ${placeList(base, sec.ideaPlaces[i] ?? [])}`;
    lines.push(`  - ${word}: »${mdText(idea.idea.title)}«${fields}${where}`);
  });
  if (sec.places.length) lines.push(`  - ${c.kind === 'removed' ? 'Stod på' : 'Vises på'}: ${placeList(base, sec.places)}`);
  return lines;
}

export function renderDocuments(s: ChangeSummary, base: string): string[] {
  if (s.documents.length === 0) return [];
  return ['### Dokumenter', '', ...s.documents.flatMap((sec) => docLines(sec, base)), ''];
}
