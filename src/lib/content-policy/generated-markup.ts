/**
 * Markup only the site writes: the Markdown processor's footnotes, task lists and code language,
 * the table alignment class sanitize-tree.ts makes of a style. The sanitiser keeps these attributes
 * (sanitize-schema.ts), since it cannot tell them from an editor's; the check refuses every id,
 * class and data-footnote attribute an editor writes, so no text can take a footnote's or a
 * heading's id (`<li id="user-content-fn-1">` faked a footnote the real link jumped to) or a
 * class that hides text (`class="sr-only"`). Heading ids are kept apart by heading-slug.ts.
 */
/** An attribute name, or a name with the values (or patterns) it may take. */
export type AttributeEntry = string | readonly [string, ...(string | RegExp)[]];

export const GENERATED_ATTRIBUTES: Readonly<Record<string, readonly AttributeEntry[]>> = {
  a: ['data-footnote-ref', 'data-footnote-backref', ['id', /^user-content-fnref-/], ['class', 'data-footnote-backref']],
  ol: [['class', 'contains-task-list']],
  ul: [['class', 'contains-task-list']],
  li: [
    ['id', /^user-content-fn-/],
    ['class', 'task-list-item'],
  ],
  td: [['class', /^ib-align-(left|center|right)$/]],
  th: [['class', /^ib-align-(left|center|right)$/]],
  code: [['class', /^language-[\w+#.-]+$/]],
  section: ['data-footnotes', ['class', 'footnotes']],
  h2: [
    ['id', 'footnote-label'],
    ['class', 'sr-only'],
  ],
};

/** An attribute an editor never writes: id and class (the site's own), and the footnotes' data-footnote…. */
export function isSiteAttribute(attribute: string): boolean {
  return attribute === 'id' || attribute === 'class' || attribute.startsWith('data-footnote');
}
