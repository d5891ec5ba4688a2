/** README's data guide documents every CSV column of the schema, so the two cannot drift apart. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_TABLES } from '../../src/lib/data/csv-schema.ts';

const readme = readFileSync('README.md', 'utf8');
const guide = readme.slice(readme.indexOf('## Redaktørvejledning: data'));

describe('README: Redaktørvejledning: data', () => {
  it.each(CSV_TABLES.flatMap((t) => t.columns.map((c) => [t.file, c.name, c.required] as const)))(
    '%s documents column %s',
    (file, name, required) => {
      expect(guide).toContain(`### \`data/${file}\``);
      expect(guide).toContain(`| \`${name}\` | ${required ? 'ja' : 'nej'} |`);
    },
  );

  it('explains an example error in the exact format the check prints', () => {
    expect(guide).toContain('data/measurements.csv:14:4: værdien er ikke et tal (fik "12,3,4", forventede et tal, fx 12,5)');
  });
});
