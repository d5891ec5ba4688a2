/**
 * Rule: Markdown links and images follow the link policy (src/lib/content-policy/url-policy.ts):
 * inline links, autolinks (<javascript:…>), images, and reference-style definitions
 * ("[1]: javascript:…"), with the address as the Markdown processor decoded it
 * (javascript&#58; is javascript:). A definition used by an image is judged as an image.
 */
import type { ValidationError } from '../../../../src/lib/data/errors.ts';
import { judgeUrl, type UrlKind } from '../../../../src/lib/content-policy/url-policy.ts';
import type { BodyScan } from '../body-scan.ts';
import { urlText } from '../policy-messages.ts';

export function checkBodyLinks(scan: BodyScan, file: string): ValidationError[] {
  const imageLabels = new Set(scan.nodes.filter((n) => n.type === 'imageReference').map((n) => n.identifier));
  const errors: ValidationError[] = [];
  for (const node of scan.nodes) {
    if (node.url === undefined || !['link', 'image', 'definition'].includes(node.type)) continue;
    const kind: UrlKind = node.type === 'image' || (node.type === 'definition' && imageLabels.has(node.identifier)) ? 'image' : 'link';
    const refusal = judgeUrl(node.url, kind);
    if (!refusal) continue;
    const { message, expected } = urlText(refusal, kind);
    errors.push({ file, ...node.position.start, message, got: node.url.replace(/\t/g, '\\t'), expected });
  }
  return errors;
}
