/** Rule: an enum or yes/no cell holds one of the allowed values (areas and units from the registries). */
import type { ColumnSpec } from '../csv-schema.ts';
import { oneOf, type ValidationError } from '../errors.ts';
import { closest } from '../closest.ts';
import { cellError, type RowRef } from '../row-ref.ts';
import { MUNICIPALITIES } from '../../registry/municipalities.ts';
import { ORGANISATIONS } from '../../registry/organisations.ts';

const WHAT: Record<string, string> = {
  area: 'ukendt område',
  unit: 'ukendt enhed',
  direction: 'ukendt retning',
  main: 'skal være ja eller nej',
  illustrative: 'skal være ja eller nej',
  coverage: 'ukendt målgruppe',
  geo: 'ukendt kommunekode',
  flag: 'ukendt markering',
  administration: 'ukendt forvaltning',
  kind: 'ukendt måltype',
  status: 'ukendt status',
  realistic: 'skal være ja eller nej',
};

/** Excel drops leading zeros when it opens a CSV file: "000" comes back as "0". */
function zeroHint(col: ColumnSpec, raw: string, allowed: readonly string[]): string | undefined {
  if (col.name !== 'geo' || !/^\d+$/.test(raw)) return undefined;
  const padded = raw.padStart(3, '0');
  return allowed.includes(padded) ? ` – koden har tre cifre; Excel fjerner foranstillede nuller, så skriv "${padded}"` : undefined;
}

/** A committee's abbreviation or an administration's full name where the abbreviation belongs. */
function administrationHint(col: ColumnSpec, raw: string): string | undefined {
  if (col.name !== 'administration') return undefined;
  const org = ORGANISATIONS.find((o) =>
    [o.committee.abbr, o.committee.name, o.administration.name].some((n) => n.toLowerCase() === raw.toLowerCase()),
  );
  if (!org) return undefined;
  const what =
    raw.toLowerCase() === org.committee.abbr.toLowerCase() ? `"${raw}" er et udvalg; forvaltningen skrives` : 'skriv forkortelsen';
  return ` – ${what} "${org.administration.abbr}"`;
}

export function checkAllowed(ref: RowRef, col: ColumnSpec): { value?: string; error?: ValidationError } {
  const raw = (ref.cells[col.name]?.raw ?? '').trim();
  const allowed = col.allowed ?? [];
  if (allowed.includes(raw)) return { value: raw };
  const guess = closest(raw, allowed);
  const hint = zeroHint(col, raw, allowed) ?? administrationHint(col, raw) ?? (guess ? ` – mente du "${guess}"?` : '');
  // A bare code says nothing to an editor: name the municipality next to each.
  const expected =
    col.name === 'geo'
      ? oneOf(MUNICIPALITIES.map((m) => m.code)).replace(
          /"(\d{3})"/g,
          (q, c: string) => `${q} (${MUNICIPALITIES.find((m) => m.code === c)?.name})`,
        )
      : oneOf(allowed);
  return { error: cellError(ref, col.name, `${WHAT[col.name] ?? 'ugyldig værdi'}${hint}`, expected) };
}
