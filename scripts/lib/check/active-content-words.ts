/**
 * The check's words for what an attachment would run or open by itself (codes from
 * src/lib/attachments/active-content.ts), and how to save the file without it.
 */
import type { AttachmentKind } from '../../../src/lib/attachments/kinds.ts';

/** An active-content code (src/lib/attachments/active-content.ts) in Danish. */
function activeText(code: string): string {
  const [kind, detail = ''] = code.split(':');
  switch (kind) {
    case 'javascript':
      return 'JavaScript';
    case 'launch':
      return 'en handling, der starter et program';
    case 'embedded-file':
      return 'en indlejret fil';
    case 'submit-form':
      return 'en formular, der sender sine felter';
    case 'xfa':
      return 'en XFA-formular';
    case 'link':
      return `et link til ${detail}:`;
    case 'macro':
      return 'makroer';
    case 'external-link':
      return 'links til andre regneark';
    case 'formula':
      return `formlen ${detail}`;
    default:
      return code;
  }
}

function listed(items: string[], word: string): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;
}

export const ACTIVE_FIX: Partial<Record<AttachmentKind, string>> = {
  pdf: 'en PDF uden scripts, handlinger og indlejrede filer: udskriv dokumentet til en ny PDF («Udskriv» → «Gem som PDF»), eller gem det igen som PDF/A',
  xlsx: 'et regneark uden makroer, links til andre regneark og formler, der henter eller linker (fx HYPERLINK, WEBSERVICE): erstat formlen med dens værdi («Indsæt værdier»), og gem igen som .xlsx',
};

/** «bilaget indeholder JavaScript og et link til javascript:, som …». */
export function activeContentMessage(codes: readonly string[]): string {
  return `bilaget indeholder ${listed(codes.map(activeText), 'og')}, som læserens program kan køre eller åbne af sig selv`;
}
