/**
 * What in a PDF or XLSX attachment a reader's program would run or open by itself. The site publishes
 * an attachment byte for byte, so the check refuses these (scripts/lib/check/attachment-files.ts says
 * them in Danish): in a PDF, JavaScript, a launch action, an embedded file, a form that sends its
 * fields, an XFA form, or a link to anything but a web, mail or phone address; in an XLSX, macros,
 * links to other workbooks and formulas that fetch or link (HYPERLINK, WEBSERVICE, …). Ordinary
 * formulas such as SUM are fine. Found codes only, in the order first found; [] when there is none
 * or the file cannot be parsed (the read rule reports that).
 */
import { unzipSync } from 'fflate';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFStream, PDFString, type PDFObject } from 'pdf-lib';
import { browserUrl, LINK_SCHEMES, urlScheme } from '../content-policy/url-policy.ts';

/** «javascript», «launch», «embedded-file», «submit-form», «xfa», «link:<scheme>», «macro», «external-link», «formula:<NAME>». */
export type ActiveContent = string;

const ACTION_KINDS: Record<string, ActiveContent> = {
  JavaScript: 'javascript',
  Launch: 'launch',
  SubmitForm: 'submit-form',
  ImportData: 'submit-form',
  GoToE: 'embedded-file',
};

function text(obj: PDFObject | undefined): string | undefined {
  return obj instanceof PDFString || obj instanceof PDFHexString ? obj.decodeText() : undefined;
}

function name(obj: PDFObject | undefined): string | undefined {
  return obj instanceof PDFName ? obj.decodeText() : undefined;
}

/** Walks a dictionary or array and what it holds directly (references are walked as their own objects). */
function walk(obj: PDFObject, found: Set<ActiveContent>, readStrings: boolean, depth = 0): void {
  if (depth > 50) return;
  if (obj instanceof PDFArray) {
    for (const item of obj.asArray()) walk(item, found, readStrings, depth + 1);
    return;
  }
  const dict = obj instanceof PDFStream ? obj.dict : obj instanceof PDFDict ? obj : undefined;
  if (!dict) return;
  const action = name(dict.get(PDFName.of('S')));
  if (action && ACTION_KINDS[action]) found.add(ACTION_KINDS[action]);
  if (dict.has(PDFName.of('JS'))) found.add('javascript');
  if (dict.has(PDFName.of('XFA'))) found.add('xfa');
  if (name(dict.get(PDFName.of('Type'))) === 'EmbeddedFile' || dict.has(PDFName.of('EmbeddedFiles'))) found.add('embedded-file');
  if (action === 'URI' && readStrings) {
    const uri = text(dict.get(PDFName.of('URI')));
    const scheme = uri === undefined ? undefined : urlScheme(browserUrl(uri));
    if (scheme !== undefined && !(LINK_SCHEMES as readonly string[]).includes(scheme)) found.add(`link:${scheme}`);
  }
  for (const [, value] of dict.entries()) walk(value, found, readStrings, depth + 1);
}

export async function pdfActiveContent(bytes: Uint8Array): Promise<ActiveContent[]> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  } catch {
    return [];
  }
  const found = new Set<ActiveContent>();
  // An encrypted PDF's strings are ciphertext: its link addresses cannot be judged, its keys still can.
  const readStrings = !doc.isEncrypted;
  for (const [, obj] of doc.context.enumerateIndirectObjects()) walk(obj, found, readStrings);
  return [...found];
}

/** Functions that fetch from, link to or run something outside the workbook. */
const OUTGOING = /\b(HYPERLINK|WEBSERVICE|FILTERXML|IMPORTXML|RTD|CALL|REGISTER|REGISTER\.ID|EXEC|DDE|IMAGE)\s*\(/gi;

export function xlsxActiveContent(bytes: Uint8Array): ActiveContent[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return [];
  }
  const found = new Set<ActiveContent>();
  const decoder = new TextDecoder();
  for (const [path, data] of Object.entries(files)) {
    if (/vbaProject\.bin$/i.test(path)) found.add('macro');
    if (/^xl\/externalLinks\//i.test(path)) found.add('external-link');
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(path)) continue;
    for (const f of decoder.decode(data).matchAll(/<f\b[^>]*>([^<]*)<\/f>/g)) {
      for (const m of (f[1] ?? '').matchAll(OUTGOING)) found.add(`formula:${(m[1] ?? '').toUpperCase()}`);
      // «=cmd|' /C calc'!A0»: a DDE call to another program.
      if (/\w\|'/.test(f[1] ?? '')) found.add('formula:DDE');
    }
  }
  return [...found];
}
