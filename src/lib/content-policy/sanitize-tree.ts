/**
 * Clean one hast subtree by the content policy: addresses the policy refuses are removed first
 * (url-policy.ts also refuses what a protocol list cannot express: //other-host links, images from
 * other hosts), then hast-util-sanitize keeps only the allowed elements and attributes.
 * Pure: plain hast in, plain hast out.
 */
import type { Element, Nodes, Properties, RootContent } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { judgeUrl, sanitizerUrl } from './url-policy.ts';
import { URL_ATTRIBUTES } from './html-policy.ts';
import { SANITIZE_SCHEMA, attributeName } from './sanitize-schema.ts';

/** The Markdown processor writes table alignment as a style; the policy allows none, so a class says it. */
const ALIGN_STYLE = /^text-align:\s*(left|center|right);?$/;

function cleanProperties(node: Element): Properties {
  const properties: Properties = {};
  for (const [key, value] of Object.entries(node.properties ?? {})) {
    const attribute = attributeName(key);
    const kind = URL_ATTRIBUTES[attribute];
    if (kind && typeof value === 'string') {
      if (!judgeUrl(value, kind)) properties[key] = sanitizerUrl(value);
      continue;
    }
    if (attribute === 'style' && (node.tagName === 'td' || node.tagName === 'th') && typeof value === 'string') {
      const align = ALIGN_STYLE.exec(value.trim())?.[1];
      if (align) properties.className = [`ib-align-${align}`];
      continue;
    }
    properties[key] = value;
  }
  return properties;
}

function withPolicyUrls<T extends Nodes>(node: T): T {
  if (node.type !== 'element' && node.type !== 'root') return node;
  const children = node.children.map((c) => withPolicyUrls(c as Nodes)) as typeof node.children;
  if (node.type === 'root') return { ...node, children };
  return { ...node, properties: cleanProperties(node), children };
}

/** The node cleaned, as the list of nodes that replace it (empty when nothing may stay). */
export function sanitizeNode(node: RootContent): RootContent[] {
  const clean = sanitize(withPolicyUrls(node as Nodes), SANITIZE_SCHEMA);
  if (clean.type === 'root') return clean.children;
  return [clean as RootContent];
}
