/** A JSON download as the site writes it: two-space indents and a final newline (every .json route and datapackage.json's sizes). */
export function jsonFileText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
