/**
 * What a DOCX or XLSX package (a ZIP of XML parts) makes Word or Excel run or fetch, whatever its
 * text says: macros (a VBA project, an Excel 4.0 macro sheet, a macro-enabled content type behind a
 * .docx/.xlsx name), ActiveX controls, embedded OLE objects that start another program, and every
 * relationship that points outside the package (TargetMode="External"). Of these only a hyperlink
 * to a web, mail or phone address may stay (link-target.ts); a remote template (attachedTemplate,
 * the »template injection« attack), a linked OLE object, frame, sub-document, picture or mail-merge
 * source is fetched when the file is opened, and is refused.
 */
import type { ActiveContent } from './active-content.ts';
import { linkRefusal } from './link-target.ts';
import { readXml } from './xml-events.ts';
import type { ZipEntry } from './zip-entries.ts';

export interface Relationship {
  /** The part the relationship belongs to: "word/document.xml" ("" for the package). */
  source: string;
  /** The last segment of its type: "hyperlink", "attachedTemplate", "oleObject". */
  type: string;
  target: string;
  external: boolean;
}

/** "word/_rels/document.xml.rels" → "word/document.xml". */
function sourceOf(rels: string): string {
  return rels.replace(/(^|\/)_rels\/([^/]*)\.rels$/i, '$1$2');
}

const isRels = (name: string): boolean => /(^|\/)_rels\/[^/]*\.rels$/i.test(name);
const isContentTypes = (name: string): boolean => name.toLowerCase() === '[content_types].xml';

/** Each part's content type, as [Content_Types].xml gives it (an override by part, else a default by extension). */
function contentTypes(entries: readonly ZipEntry[]): (name: string) => string {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  const data = entries.find((e) => isContentTypes(e.name))?.data;
  if (data)
    readXml(data, {
      open(name, a) {
        if (name === 'Default') defaults.set((a.Extension ?? '').toLowerCase(), a.ContentType ?? '');
        if (name === 'Override') overrides.set((a.PartName ?? '').replace(/^\//, '').toLowerCase(), a.ContentType ?? '');
      },
    });
  return (name) => overrides.get(name.toLowerCase()) ?? defaults.get(/\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? '') ?? '';
}

/**
 * The parts that may hold a document's content, wherever the package puts them and whatever they
 * are called (Word and Excel find the main part by its relationship and content type, not by the
 * usual word/document.xml): every XML part but the relationships, content types, properties and
 * custom data.
 */
export function contentParts(entries: readonly ZipEntry[]): ZipEntry[] {
  const typeOf = contentTypes(entries);
  return entries.filter(
    (e) =>
      (/\.xml$/i.test(e.name) || /xml/i.test(typeOf(e.name))) &&
      !isRels(e.name) &&
      !isContentTypes(e.name) &&
      !/(^|\/)(docProps|customXml)\//i.test(e.name),
  );
}

export function relationships(entries: readonly ZipEntry[]): Relationship[] {
  const out: Relationship[] = [];
  for (const e of entries) {
    if (!isRels(e.name)) continue;
    const source = sourceOf(e.name);
    readXml(e.data, {
      open(name, a) {
        if (name !== 'Relationship') return;
        out.push({
          source,
          type: (a.Type ?? '').split('/').at(-1) ?? '',
          target: a.Target ?? '',
          external: (a.TargetMode ?? '').toLowerCase() === 'external',
        });
      },
    });
  }
  return out;
}

/** Content types that mean macros, ActiveX or OLE objects, whatever the file is called. */
function activeContentTypes(entries: readonly ZipEntry[], found: Set<ActiveContent>): void {
  const data = entries.find((e) => isContentTypes(e.name))?.data;
  if (!data) return;
  readXml(data, {
    open(name, a) {
      if (name !== 'Default' && name !== 'Override') return;
      const type = a.ContentType ?? '';
      if (/macroEnabled|vbaProject|macrosheet/i.test(type)) found.add('macro');
      if (/activeX/i.test(type)) found.add('activex');
      if (/oleObject/i.test(type)) found.add('embedded-object');
    },
  });
}

/** Internal relationships to parts that run: an OLE object (outside a chart's own data), ActiveX, VBA. */
function internal(r: Relationship): ActiveContent | undefined {
  const chart = /(^|\/)charts\//i.test(r.source);
  if ((r.type === 'oleObject' || r.type === 'package') && !chart) return 'embedded-object';
  // altChunk: a whole other document (HTML, RTF, …) Word imports when it opens the file.
  if (r.type === 'aFChunk') return 'embedded-object';
  if (r.type === 'control' || r.type === 'activeXControlBinary') return 'activex';
  if (/^(vbaProject|wordVbaData|xlMacrosheet|xlIntlMacrosheet)$/.test(r.type)) return 'macro';
  if (r.type === 'externalLink') return 'external-link';
  if (r.type === 'connections' || r.type === 'queryTable') return 'data-connection';
  return undefined;
}

export function packageActiveContent(entries: readonly ZipEntry[], found: Set<ActiveContent>): void {
  for (const { name } of entries) {
    if (/vbaProject[^/]*\.bin$|vbaData\.xml$|(^|\/)macrosheets\//i.test(name)) found.add('macro');
    if (/(^|\/)activeX\//i.test(name)) found.add('activex');
  }
  activeContentTypes(entries, found);
  for (const r of relationships(entries)) {
    if (!r.external) {
      const code = internal(r);
      if (code) found.add(code);
      continue;
    }
    if (r.type === 'hyperlink') {
      const refusal = linkRefusal(r.target);
      if (refusal) found.add(refusal);
    } else if (r.type === 'externalLinkPath') found.add('external-link');
    else found.add(`external:${r.type}`);
  }
}
