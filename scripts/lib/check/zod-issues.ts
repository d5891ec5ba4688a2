/**
 * Zod issues in Danish for editors: what is wrong with which front-matter field, the value as
 * written and what was expected (allowed committees and areas listed from the registries).
 */
import type { z } from 'zod';
import { oneOf } from '../../../src/lib/data/errors.ts';
import { closest } from '../../../src/lib/data/closest.ts';
import { formatNumber } from '../../../src/lib/format/danish-number.ts';
import {
  attachmentSchema,
  CASE_NUMBER_EXPECTED,
  contactSchema,
  ideaSchema,
  personSchema,
  receivedStampSchema,
  senderSchema,
} from '../../../src/lib/content-schemas.ts';

/** The fields of the groups and list items that refuse unknown fields (strict objects), by field name. */
const ITEM_FIELDS: Record<string, string[]> = {
  attachments: Object.keys(attachmentSchema.shape),
  sender: Object.keys(senderSchema.shape),
  contact: Object.keys(contactSchema.shape),
  recipients: Object.keys(personSchema.shape),
  receivedStamp: Object.keys(receivedStampSchema.shape),
  routing: ['heading', 'columns', 'rows', 'note'],
  themeProposals: ['title', 'description'],
  ideas: Object.keys(ideaSchema.shape),
};

export interface IssueText {
  message: string;
  expected?: string;
  got?: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'en tekst',
  number: 'et tal',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'en gruppe af felter',
  date: 'en dato som ÅÅÅÅ-MM-DD',
};

/** What a missing field should hold, for the fields editors forget most. */
const FIELD_HINTS: Record<string, string> = {
  date: 'en dato som ÅÅÅÅ-MM-DD, fx date: 2009-04-02',
  sagsnr: 'et sagsnummer, fx sagsnr: "2009-9512"',
  title: 'en titel, fx title: Opsamling fra konferencen',
};

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p + 1}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

function shown(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function enumMessage(path: readonly PropertyKey[]): string {
  const names = path.map(String);
  if (names.some((n) => n === 'organisation' || n === 'responsible')) return 'ukendt udvalg eller forvaltning';
  if (names.some((n) => n === 'area' || n === 'areas')) return 'ukendt indsatsområde';
  return 'ugyldig værdi';
}

export function describeIssue(issue: z.core.$ZodIssue, value: unknown): IssueText {
  const field = pathText(issue.path);
  const last = String(issue.path[issue.path.length - 1] ?? '');
  const got = shown(value);
  if (value === undefined) {
    const allowed = issue.code === 'invalid_value' ? oneOf(issue.values.map(String)) : undefined;
    const type = issue.code === 'invalid_type' ? TYPE_NAMES[issue.expected] : undefined;
    return { message: `feltet "${field}" mangler`, expected: FIELD_HINTS[last] ?? allowed ?? type ?? 'en værdi' };
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const list = [...issue.path].reverse().find((p) => typeof p === 'string');
      const known = ITEM_FIELDS[String(list)] ?? [];
      const key = issue.keys[0] ?? '';
      const guess = closest(key, known);
      // The usual slip: e-mail or phone written straight under sender, not under its contact.
      const hint =
        String(list) === 'sender' && key in contactSchema.shape
          ? ` – ${key} skal stå under contact`
          : guess
            ? ` – mente du "${guess}"?`
            : '';
      return {
        message: `ukendt felt i "${field}"${hint}`,
        got: issue.keys.join(', '),
        ...(known.length ? { expected: `et af felterne ${known.join(', ')}` } : {}),
      };
    }
    case 'invalid_value':
      return { message: `${enumMessage(issue.path)} i "${field}"`, got, expected: oneOf(issue.values.map(String)) };
    case 'invalid_type':
      return { message: `feltet "${field}" har en forkert type`, got, expected: TYPE_NAMES[issue.expected] ?? issue.expected };
    case 'too_small':
      return issue.origin === 'array'
        ? { message: `listen "${field}" har for få punkter`, got, expected: `mindst ${String(issue.minimum)}` }
        : { message: `feltet "${field}" er tomt`, got, expected: FIELD_HINTS[last] ?? 'en værdi' };
    case 'too_big':
      return issue.origin === 'array'
        ? { message: `listen "${field}" har for mange punkter`, got, expected: `højst ${String(issue.maximum)}` }
        : {
            message: `feltet "${field}" er for langt (${formatNumber(String(value).length, 0)} tegn)`,
            got,
            expected: `højst ${formatNumber(Number(issue.maximum), 0)} tegn – skriv kort, og læg den lange tekst i dokumentets brødtekst`,
          };
    case 'invalid_format':
      if (issue.message === CASE_NUMBER_EXPECTED)
        return { message: `feltet "${field}" har tegn, et nummer ikke har`, got, expected: issue.message };
      return { message: `feltet "${field}": ${issue.message}`, got };
    default:
      return { message: `feltet "${field}": ${issue.message}`, got };
  }
}
