/**
 * Labelled case numbers in a letterhead: "Sagsnr.: 2007-114951", "Dok.nr. 2008-255779",
 * "Dokumentnr." with the number on the next line, "J.nr.: 2009-45212". Only labels that start a
 * line count, so a number quoted in the letter's prose is not taken for the letter's own.
 */
import { nextNonBlank, type Line } from './lines.ts';

export type CaseField = 'sagsnr' | 'doknr' | 'jnr';

export interface CaseNumber {
  field: CaseField;
  value: string;
  /** Lines holding the label and the number (the same line, or two). */
  lines: number[];
}

const LABEL =
  /^(?:vores\s+)?(sags?\.?\s?-?nr\.?|sagsnummer|dok(?:ument)?\.?\s?-?nr\.?|dokumentnummer|j(?:our(?:nal)?)?\.?\s?-?nr\.?|journalnummer)\s*:?\s*/i;
const VALUE = /^([A-ZÆØÅ]{0,4}-?\d[\dA-Za-z]*(?:[-./]\d[\dA-Za-z]*)*)(?![\w])/;

function fieldOf(label: string): CaseField {
  const l = label.toLowerCase();
  if (l.startsWith('sag')) return 'sagsnr';
  if (l.startsWith('dok')) return 'doknr';
  return 'jnr';
}

/** Between two numbers under one label: "2026-1, 2026-2", "… og …", "… / …", "… & …". */
const MORE = /^\s*(?:,|;|\/|&|\+|og\b|samt\b)\s*/i;

/**
 * Label and number pairs at the start of one line of text, e.g. "Sagsnr.: 292118 Dok.nr.: 1759012".
 * A label may have more than one number ("Sagsnr.: 2026-1, 2026-2"): each is a pair of its own.
 */
export function parseCaseLabels(text: string): { field: CaseField; value?: string }[] {
  const out: { field: CaseField; value?: string }[] = [];
  let rest = text.trim();
  for (;;) {
    const label = LABEL.exec(rest);
    if (!label) break;
    const field = fieldOf(label[1] ?? '');
    rest = rest.slice(label[0].length);
    const value = VALUE.exec(rest);
    if (!value) {
      // Nothing else may follow a label without its number ("Sagsnr." alone on its line).
      if (rest.trim() === '') out.push({ field });
      break;
    }
    out.push({ field, value: value[1] ?? '' });
    rest = rest.slice(value[0].length);
    for (let more = MORE.exec(rest); more; more = MORE.exec(rest)) {
      const next = VALUE.exec(rest.slice(more[0].length));
      if (!next) break;
      out.push({ field, value: next[1] ?? '' });
      rest = rest.slice(more[0].length + next[0].length);
    }
    rest = rest.replace(/^[\s,;/|]+/, '');
  }
  return out;
}

/** Whether a whole line is just a case number, as under a label on the line above. */
export function isBareCaseNumber(text: string): boolean {
  const m = VALUE.exec(text.trim());
  return m !== null && m[0].length === text.trim().length;
}

export function findCaseNumbers(lines: readonly Line[]): CaseNumber[] {
  const found: CaseNumber[] = [];
  lines.forEach((line, i) => {
    if (line.blank) return;
    for (const p of parseCaseLabels(line.text)) {
      if (p.value !== undefined) {
        found.push({ field: p.field, value: p.value, lines: [line.no] });
        continue;
      }
      const next = nextNonBlank(lines, i, 1);
      if (next && isBareCaseNumber(next.text)) found.push({ field: p.field, value: next.text.trim(), lines: [line.no, next.no] });
    }
  });
  return found;
}
