/**
 * An Office file's XML parts read as a stream of elements and text, the way Word and Excel read
 * them: entities decoded (&#72;YPERLINK is HYPERLINK), CDATA as text, and names without their
 * namespace prefix (x:f is f), so neither hides a formula or field from the active-content checks.
 * htmlparser2 in XML mode: a streaming parser, so a large sheet is never held as a tree.
 */
import { Parser } from 'htmlparser2';

export interface XmlHandlers {
  /** An element opens; its name and attribute names without prefix. */
  open?: (name: string, attrs: Readonly<Record<string, string>>) => void;
  close?: (name: string) => void;
  /** Text (possibly in several pieces) inside the current element. */
  text?: (text: string) => void;
}

/** "w:instrText" → "instrText". */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** A part's text: UTF-8, or UTF-16 (Office reads both), known by its byte-order mark or first »<«. */
function decode(data: Uint8Array): string {
  const [a = 1, b = 1] = data;
  if ((a === 0xff && b === 0xfe) || (a !== 0 && b === 0)) return new TextDecoder('utf-16le').decode(data);
  if ((a === 0xfe && b === 0xff) || (a === 0 && b !== 0)) return new TextDecoder('utf-16be').decode(data);
  return new TextDecoder().decode(data);
}

export function readXml(data: Uint8Array, handlers: XmlHandlers): void {
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (!handlers.open) return;
        const local: Record<string, string> = {};
        for (const [key, value] of Object.entries(attrs)) local[localName(key)] = value;
        handlers.open(localName(name), local);
      },
      onclosetag(name) {
        handlers.close?.(localName(name));
      },
      ontext(text) {
        handlers.text?.(text);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(decode(data));
}
