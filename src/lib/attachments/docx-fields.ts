/**
 * What in a DOCX Word would run, fetch or open: the package's macros, ActiveX, OLE objects and
 * external relationships (ooxml-active.ts: remote templates, linked objects, frames, sub-documents,
 * hyperlinks judged by the link policy), and fields. A field's instruction is either one attribute
 * (<w:fldSimple w:instr="DDEAUTO …">) or the text of <w:instrText> runs between a begin and a
 * separate/end <w:fldChar>, split across as many runs as the author likes (»DD« + »EAUTO«), so runs
 * are joined per field, nested fields each on their own. Refused: DDE and DDEAUTO (start another
 * program), fields that fetch a file or address (INCLUDETEXT, INCLUDEPICTURE, LINK, …), a field
 * whose name is the result of another field ({ {QUOTE 68 68 69} … }, a known way to hide DDE) and a
 * HYPERLINK field to anything the link policy refuses.
 */
import type { ActiveContent } from './active-content.ts';
import { linkRefusal } from './link-target.ts';
import { contentParts, packageActiveContent } from './ooxml-active.ts';
import { readXml } from './xml-events.ts';
import type { ZipEntry } from './zip-entries.ts';

/** Fields that start a program or fetch another file or address when Word updates them. */
const FETCHING = new Set(['DDE', 'DDEAUTO', 'INCLUDETEXT', 'INCLUDEPICTURE', 'INCLUDE', 'IMPORT', 'LINK', 'RD']);

/** A field instruction's words: quoted (»"a b"«, where \\ is one backslash) or bare. */
const WORD = /"((?:[^"\\]|\\.)*)"|(\S+)/g;

/** A HYPERLINK field's address: its first word that is no switch (\l "mark" is a place in the document). */
function hyperlinkTarget(instruction: string): string | undefined {
  const words = [...instruction.matchAll(WORD)];
  for (let i = 1; i < words.length; i++) {
    const [, quoted, bare] = words[i] ?? [];
    if (bare?.startsWith('\\')) {
      if (/^\\l$/i.test(bare)) return undefined;
      if (/^\\[ot]$/i.test(bare)) i++; // a switch with an argument: skip it
      continue;
    }
    return (quoted ?? bare ?? '').replace(/\\(.)/g, '$1');
  }
  return undefined;
}

export function fieldActiveContent(instruction: string, found: Set<ActiveContent>): void {
  const name = (/^\s*([A-Za-z]+)/.exec(instruction)?.[1] ?? '').toUpperCase();
  if (FETCHING.has(name)) found.add(`field:${name}`);
  if (name === 'HYPERLINK') {
    const target = hyperlinkTarget(instruction.trim());
    const refusal = target === undefined ? undefined : linkRefusal(target);
    if (refusal) found.add(refusal);
  }
}

interface OpenField {
  instruction: string;
  judged: boolean;
}

/** The fields of one XML part. */
function partFields(data: Uint8Array, found: Set<ActiveContent>): void {
  const fields: OpenField[] = [];
  let inInstruction = false;
  const judge = (f: OpenField | undefined) => {
    if (!f || f.judged) return;
    f.judged = true;
    fieldActiveContent(f.instruction, found);
  };
  readXml(data, {
    open(name, a) {
      if (name === 'fldSimple') fieldActiveContent(a.instr ?? '', found);
      else if (name === 'instrText' || name === 'delInstrText') inInstruction = true;
      else if (name === 'fldChar') {
        const type = a.fldCharType;
        const top = fields.at(-1);
        if (type === 'begin') {
          // A field inside an instruction that has no name yet: the name is that field's result.
          if (top && !top.judged && top.instruction.trim() === '') found.add('field:hidden');
          fields.push({ instruction: '', judged: false });
        } else if (type === 'separate') judge(top);
        else if (type === 'end') judge(fields.pop());
      }
    },
    close(name) {
      if (name === 'instrText' || name === 'delInstrText') inInstruction = false;
    },
    text(t) {
      const top = fields.at(-1);
      if (inInstruction && top && !top.judged) top.instruction += t;
    },
  });
  for (const f of fields) judge(f);
}

export function docxActiveContent(entries: readonly ZipEntry[]): ActiveContent[] {
  const found = new Set<ActiveContent>();
  packageActiveContent(entries, found);
  for (const { data } of contentParts(entries)) partFields(data, found);
  return [...found];
}
