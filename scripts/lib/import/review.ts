/**
 * Fields the editor must review. A value the importer could not find is written as a marker the
 * editor check refuses ("TODO: …"); a value it inferred rather than read is written as found, with
 * a "# tjek:" comment beside it and a line in the importer's report.
 */
import { REVIEW_MARKER } from '../check/rules/review-markers.ts';

export type Path = (string | number)[];

export interface Review {
  path: Path;
  /** todo: not found, marked; guess: inferred, written but to be checked. */
  kind: 'todo' | 'guess';
  /** Danish, for the editor: what to do or why it is a guess. */
  message: string;
}

/** The marker value for a field the importer could not determine. */
export function todo(hint: string): string {
  return `${REVIEW_MARKER}: ${hint}`;
}
