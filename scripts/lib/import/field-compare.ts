/**
 * Field-by-field comparison of an imported draft's front matter with a published letter's (the
 * ground truth, curated by hand). A field is a scalar, or a list of plain values as a whole (an
 * address, the routing slip's rows); recipients and attachments count per item and key. Editorial
 * fields that no importer can read from a letter (areas, notes, provenance, …) are left out.
 */
import { isReviewMarker } from '../check/rules/review-markers.ts';

export type Outcome = 'right' | 'wrong' | 'marked' | 'missing' | 'extra';

export interface FieldResult {
  path: string;
  outcome: Outcome;
  expected?: string;
  got?: string;
}

/** Written by the editor, not read from the letter. */
const EDITORIAL_TOP = new Set([
  'provenance',
  'sourceFile',
  'original',
  'notes',
  'areas',
  'indicators',
  'recipientsNote',
  'summary',
  'illustrative',
]);
const EDITORIAL_PATH = /^attachments\[\d+\]\.(?:note|href)$|^receivedStamp\.routing\.note$/;

function flatten(value: unknown, path: string, out: Map<string, string>): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) out.set(path, JSON.stringify(value.map(String)));
    else value.forEach((v, i) => flatten(v, `${path}[${i}]`, out));
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, path ? `${path}.${k}` : k, out);
  } else out.set(path, String(value).trim());
}

/** The compared fields of a front matter, path → value as text. */
export function comparedFields(data: Record<string, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  // editorialTitle defaults to false in the schema: absent and false are the same statement.
  flatten({ editorialTitle: false, ...data }, '', out);
  for (const key of [...out.keys()]) {
    const top = key.split(/[.[]/)[0] ?? '';
    if (EDITORIAL_TOP.has(top) || EDITORIAL_PATH.test(key)) out.delete(key);
  }
  return out;
}

export function compareFields(expected: Record<string, unknown>, got: Record<string, unknown>): FieldResult[] {
  const exp = comparedFields(expected);
  const act = comparedFields(got);
  const paths = [...new Set([...exp.keys(), ...act.keys()])];
  return paths.map((path) => {
    const e = exp.get(path);
    const g = act.get(path);
    const r: FieldResult = { path, outcome: 'right' };
    if (e !== undefined) r.expected = e;
    if (g !== undefined) r.got = g;
    if (e === undefined) r.outcome = 'extra';
    else if (g === undefined) r.outcome = 'missing';
    else if (isReviewMarker(g)) r.outcome = 'marked';
    else if (e !== g) r.outcome = 'wrong';
    return r;
  });
}

export interface Score {
  right: number;
  total: number;
}

export function score(results: readonly FieldResult[]): Score {
  return { right: results.filter((r) => r.outcome === 'right').length, total: results.length };
}
