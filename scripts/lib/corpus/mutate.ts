/**
 * The editor's everyday change, for measuring and testing warm rebuilds: add one letter (a copy of
 * an existing one with a new case number, document number and title) and correct one sentence in
 * another. Deterministic: the same corpus gets the same change.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LetterChange {
  added: string;
  changed: string;
}

const field = (text: string, key: string) => text.match(new RegExp(`^${key}: "?([^"\\n]*)"?$`, 'm'))?.[1];

export function addAndChangeOneLetter(lettersDir: string): LetterChange {
  const files = readdirSync(lettersDir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  if (files.length < 2) throw new Error(`${lettersDir}: mindst to breve kræves`);
  const source = files[Math.floor(files.length / 2)] as string;
  const changed = files[Math.floor(files.length / 3)] as string;
  const texts = new Map(files.map((f) => [f, readFileSync(join(lettersDir, f), 'utf8')]));
  const numbers = new Set([...texts.values()].flatMap((t) => [field(t, 'sagsnr'), field(t, 'doknr')]));
  const text = texts.get(source) as string;
  const year = (field(text, 'date') ?? '2010').slice(0, 4);
  let n = 999_999;
  while (numbers.has(`${year}-${n}`) || numbers.has(`${year}-${n - 1}`)) n -= 2;
  const added = `${year}-${n}-tilfoejet-brev.md`;
  writeFileSync(
    join(lettersDir, added),
    text
      .replace(/^title: .*$/m, 'title: "Tilføjet brev: opfølgning på integrationsindsatsen"')
      .replace(/^sagsnr: .*$/m, `sagsnr: "${year}-${n}"`)
      .replace(/^doknr: .*$/m, `doknr: "${year}-${n - 1}"`),
  );
  const original = texts.get(changed) as string;
  const end = original.indexOf('\n---', 4);
  const corrected = `${original.slice(0, end)}${original.slice(end).replace(/\.\n/, '. Rettet efter udsendelsen.\n')}`;
  if (corrected === original) throw new Error(`${changed}: fandt ingen sætning at rette`);
  writeFileSync(join(lettersDir, changed), corrected);
  return { added, changed };
}
