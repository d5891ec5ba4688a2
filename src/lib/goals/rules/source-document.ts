/**
 * Rule: a goal's (and a spending row's) source document names one letter in the archive, by its file
 * name without .md or by a case number no other letter shares, so the goal can link to it and the
 * letter back.
 * A content folder without a single letter (a test fixture, a folder being set up) says nothing
 * about which letters exist, so the rule waits until there are letters to look in.
 */
import { LETTER_REFERENCE } from '../../data/csv-schema.ts';
import { oneOf, type ValidationError } from '../../data/errors.ts';
import { cellError, type RowRef } from '../../data/row-ref.ts';
import type { GoalContext } from '../goal-context.ts';

function check(ctx: GoalContext, ref: RowRef, value: string | undefined): ValidationError | undefined {
  if (value === undefined) return undefined;
  const letters = ctx.letters.resolve(value);
  // Letters may share a case number: the goal would then name every one of them as its source.
  if (letters.length > 1) {
    return cellError(
      ref,
      'source_document',
      `kildedokumentet er tvetydigt: sagsnummeret står på ${letters.length} breve`,
      `ét brevs filnavn uden .md: ${oneOf(letters)}`,
    );
  }
  if (letters.length === 1) return undefined;
  // A case number may be that of a letter whose front matter cannot be read; its own error says so.
  if (ctx.letters.unsure()) return undefined;
  const guess = ctx.letters.suggest(value);
  const file = /\.mdx?$/i.test(value) ? ' – skriv filnavnet uden .md' : '';
  const hint = file || (guess ? ` – mente du "${guess}"?` : '');
  return cellError(ref, 'source_document', `ukendt kildedokument${hint}`, LETTER_REFERENCE);
}

export function checkSourceDocuments(ctx: GoalContext): ValidationError[] {
  if (!ctx.letters.hasLetters) return [];
  return [
    ...ctx.goals.map((g) => check(ctx, g.ref, g.sourceDocument)),
    ...ctx.spending.map((s) => check(ctx, s.ref, s.sourceDocument)),
  ].filter((e): e is ValidationError => e !== undefined);
}
