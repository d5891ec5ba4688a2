/**
 * The check's words for what an attachment would run or open by itself (codes from
 * src/lib/attachments/active-content.ts), and how to save the file without it.
 */
import type { AttachmentKind } from '../../../src/lib/attachments/kinds.ts';

/** What an external relationship of a DOCX or XLSX fetches, by its type. */
const EXTERNAL: Record<string, string> = {
  attachedTemplate: 'en skabelon',
  oleObject: 'et sammenkædet objekt',
  package: 'et sammenkædet objekt',
  frame: 'en ramme',
  subDocument: 'et underdokument',
  image: 'et billede',
  mailMergeSource: 'en datakilde til brevfletning',
  mailMergeHeaderSource: 'en datakilde til brevfletning',
  recipientData: 'en datakilde til brevfletning',
};

/** Fields that start another program; the others fetch a file or address. */
const PROGRAM_FIELDS = new Set(['DDE', 'DDEAUTO']);

/** An active-content code (src/lib/attachments/active-content.ts) in Danish. */
function activeText(code: string): string {
  const [kind, detail = ''] = code.split(/:(.*)/s);
  switch (kind) {
    case 'javascript':
      return 'JavaScript';
    case 'launch':
      return 'en handling, der starter et program';
    case 'remote-file':
      return 'en handling eller henvisning, der åbner eller henter en anden fil';
    case 'embedded-file':
      return 'en indlejret fil';
    case 'submit-form':
      return 'en formular, der sender sine felter';
    case 'xfa':
      return 'en XFA-formular';
    case 'link':
      if (detail === 'unc') return 'et link til en netværksmappe (\\\\server\\…), som sender læserens login dertil';
      if (detail === 'relative') return 'et link uden http:// eller https:// foran, som åbner en fil på læserens computer';
      return `et link til ${detail}:`;
    case 'macro':
      return 'makroer';
    case 'activex':
      return 'ActiveX-kontroller';
    case 'embedded-object':
      return 'et indlejret objekt (OLE), som kan starte et andet program';
    case 'external':
      return `${EXTERNAL[detail] ?? 'en fil'}, som hentes fra en anden fil eller adresse (${detail})`;
    case 'external-link':
      return 'links til andre regneark';
    case 'data-connection':
      return 'en dataforbindelse, der henter data udefra';
    case 'formula':
      return `formlen ${detail}`;
    case 'field':
      if (detail === 'hidden') return 'et felt, hvis navn dannes af et andet felt (en kendt måde at skjule DDE på)';
      return PROGRAM_FIELDS.has(detail)
        ? `feltet ${detail}, der starter et andet program`
        : `feltet ${detail}, der henter indhold fra en anden fil eller adresse`;
    default:
      return code;
  }
}

function listed(items: string[], word: string): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;
}

export const ACTIVE_FIX: Partial<Record<AttachmentKind, string>> = {
  pdf: 'en PDF uden scripts, handlinger og indlejrede filer: udskriv dokumentet til en ny PDF (»Udskriv« → »Gem som PDF«), eller gem det igen som PDF/A',
  docx: 'et Word-dokument uden makroer, felter som DDE og INCLUDEPICTURE, indlejrede objekter og skabeloner eller filer hentet udefra, og med links kun til webadresser, mail og telefon: markér al tekst (Ctrl+A), gør felterne til tekst (Ctrl+Shift+F9), slet indlejrede objekter, og gem igen som .docx (ikke .docm) – eller gem dokumentet som PDF',
  xlsx: 'et regneark uden makroer, links til andre regneark, dataforbindelser og formler, der henter eller linker (fx HYPERLINK, WEBSERVICE), og med links kun til webadresser, mail og telefon: erstat formlen med dens værdi (»Indsæt værdier«), ret eller fjern de andre links, og gem igen som .xlsx',
};

/** »bilaget indeholder JavaScript og et link til javascript:, som …«. `noun`: »bilaget« or »filen«. */
export function activeContentMessage(codes: readonly string[], noun = 'bilaget'): string {
  return `${noun} indeholder ${listed(codes.map(activeText), 'og')}, som læserens program kan køre eller åbne af sig selv`;
}
