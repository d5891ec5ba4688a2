/**
 * The draft letter file: front matter as YAML (quoted case numbers, one-line address and web lists
 * as in the published letters), a "# tjek:" comment beside each inferred value, then the body.
 */
import { Document, isMap, isScalar, isSeq, Scalar, type Node } from 'yaml';
import type { Review } from './review.ts';

const FLOW_KEYS = new Set(['address', 'web', 'columns', 'areas']);
/** Numbers that must stay text (a leading zero, "2009-9512"), quoted as README asks editors to. */
const QUOTED_KEYS = new Set(['sagsnr', 'doknr', 'jnr', 'phone', 'directPhone', 'fax']);

function quote(node: unknown): void {
  if (isScalar(node) && typeof node.value === 'string') node.type = Scalar.QUOTE_DOUBLE;
}

function style(node: unknown): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = (pair.key as { value?: unknown } | null)?.value;
      if (typeof key === 'string' && FLOW_KEYS.has(key) && isSeq(pair.value)) {
        pair.value.flow = true;
        pair.value.items.forEach(quote);
      }
      if (typeof key === 'string' && QUOTED_KEYS.has(key)) quote(pair.value);
      style(pair.value);
    }
  } else if (isSeq(node)) node.items.forEach(style);
}

export function draftMarkdown(data: Record<string, unknown>, body: string, reviews: readonly Review[]): string {
  const doc = new Document(data);
  style(doc.contents);
  for (const r of reviews) {
    if (r.kind !== 'guess' || r.path.length === 0) continue;
    const node = doc.getIn(r.path, true) as Node | undefined;
    if (!node) continue;
    const comment = ` tjek: ${r.message}`;
    // A comment after a list or map goes before it, where YAML keeps it next to the key.
    if (isMap(node) || (isSeq(node) && !node.flow)) node.commentBefore = node.commentBefore ? `${node.commentBefore}\n${comment}` : comment;
    else node.comment = node.comment ? `${node.comment};${comment}` : comment;
  }
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `---\n${yaml}---\n\n${body}`;
}
