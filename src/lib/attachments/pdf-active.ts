/**
 * What in a PDF a reader's program would run or open by itself: JavaScript, a launch action, an
 * embedded file, a form that sends or imports its fields, an XFA form, an action or stream that
 * opens or fetches another file (GoToR, a Thread, Rendition, Sound or Movie with a file outside the
 * PDF, a stream whose data lies in another file – with »\\server\share« Windows sends the reader's
 * login there, the »Bad-PDF« leak), and links the link policy refuses (link-target.ts: anything but
 * a web, mail or phone address, also without a scheme or to \\server). Every object is read, also
 * those in object streams and those no page uses.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFStream, PDFString, type PDFObject } from 'pdf-lib';
import { getDocumentProxy } from 'unpdf';
import type { ActiveContent } from './active-content.ts';
import { linkRefusal } from './link-target.ts';

const ACTION_KINDS: Record<string, ActiveContent> = {
  JavaScript: 'javascript',
  Launch: 'launch',
  SubmitForm: 'submit-form',
  ImportData: 'submit-form',
  GoToE: 'embedded-file',
  GoToR: 'remote-file',
};

function text(obj: PDFObject | undefined): string | undefined {
  return obj instanceof PDFString || obj instanceof PDFHexString ? obj.decodeText() : undefined;
}

function name(obj: PDFObject | undefined): string | undefined {
  return obj instanceof PDFName ? obj.decodeText() : undefined;
}

interface Walk {
  doc: PDFDocument;
  found: Set<ActiveContent>;
  /** False in an encrypted PDF: its strings are ciphertext, so addresses cannot be judged (keys can). */
  readStrings: boolean;
}

/**
 * A file specification (a string, or a dictionary) naming a file outside the PDF. One with the file
 * embedded (EF) is an embedded file, reported as such.
 */
function externalFile(w: Walk, spec: PDFObject | undefined): boolean {
  const value = spec instanceof PDFRef ? w.doc.context.lookup(spec) : spec;
  if (value instanceof PDFString || value instanceof PDFHexString) return true;
  return value instanceof PDFDict && !value.has(PDFName.of('EF')) && (value.has(PDFName.of('F')) || value.has(PDFName.of('UF')));
}

/** `inLaunch`: inside a launch action, already reported; its file (/F, /Win /F) is the program it starts. */
function judgeDict(w: Walk, dict: PDFDict, inLaunch: boolean): void {
  const get = (key: string) => dict.get(PDFName.of(key));
  const action = name(get('S'));
  if (action && ACTION_KINDS[action]) w.found.add(ACTION_KINDS[action]);
  if (dict.has(PDFName.of('JS'))) w.found.add('javascript');
  if (dict.has(PDFName.of('XFA'))) w.found.add('xfa');
  const type = name(get('Type'));
  if (type === 'EmbeddedFile' || dict.has(PDFName.of('EmbeddedFiles'))) w.found.add('embedded-file');
  // /F as a file: an action's target (Thread, Launch, GoToR), a stream's data in another file, a
  // reference XObject, a movie. (An annotation's /F is a number: its flags.) A file specification's
  // own /F is its name: judged where it is used, or by /FS /URL.
  const isSpec = type === 'Filespec' || dict.has(PDFName.of('EF'));
  if (!isSpec && !inLaunch && action !== 'Launch' && externalFile(w, get('F'))) w.found.add('remote-file');
  if (name(get('FS')) === 'URL' && !dict.has(PDFName.of('EF'))) w.found.add('remote-file');
  // A media clip's data (Rendition actions): /D.
  if (action === 'MCD' && externalFile(w, get('D'))) w.found.add('remote-file');
  if (action === 'URI' && w.readStrings) {
    const uri = text(get('URI'));
    const refusal = uri === undefined ? undefined : linkRefusal(uri);
    if (refusal) w.found.add(refusal);
  }
}

/** Walks a dictionary or array and what it holds directly (references are walked as their own objects). */
function walk(w: Walk, obj: PDFObject, depth = 0, inLaunch = false): void {
  if (depth > 50) return;
  if (obj instanceof PDFArray) {
    for (const item of obj.asArray()) walk(w, item, depth + 1, inLaunch);
    return;
  }
  const dict = obj instanceof PDFStream ? obj.dict : obj instanceof PDFDict ? obj : undefined;
  if (!dict) return;
  judgeDict(w, dict, inLaunch);
  const launch = inLaunch || name(dict.get(PDFName.of('S'))) === 'Launch';
  for (const [, value] of dict.entries()) walk(w, value, depth + 1, launch);
}

export async function pdfActiveContent(bytes: Uint8Array): Promise<ActiveContent[]> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  } catch {
    return [];
  }
  const w: Walk = { doc, found: new Set(), readStrings: !doc.isEncrypted };
  for (const [, obj] of doc.context.enumerateIndirectObjects()) walk(w, obj);
  if (doc.isEncrypted)
    for (const url of await decryptedLinks(bytes)) {
      const refusal = linkRefusal(url);
      if (refusal) w.found.add(refusal);
    }
  return [...w.found];
}

/**
 * The link addresses of an encrypted PDF's pages, decrypted by pdf.js (unpdf) as a reader's program
 * does when the PDF opens without a password; [] when it needs one (the read rule reports that).
 */
async function decryptedLinks(bytes: Uint8Array): Promise<string[]> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch {
    return [];
  }
  const urls: string[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      for (const a of (await (await pdf.getPage(n)).getAnnotations()) as { unsafeUrl?: unknown }[])
        if (typeof a.unsafeUrl === 'string') urls.push(a.unsafeUrl);
    }
  } catch {
    // A damaged page: the read rule reports the file.
  } finally {
    await pdf.loadingTask.destroy();
  }
  return urls;
}
