/**
 * What in an attachment a reader's program would run or open by itself. The site publishes an
 * attachment byte for byte (a letter's files and public/bilag/), so the check refuses these
 * (scripts/lib/check/active-content-words.ts says them in Danish). Each kind has its own module:
 * pdf-active.ts (JavaScript, launch and remote-file actions, embedded files, forms, links),
 * ooxml-active.ts (a DOCX's or XLSX's macros, ActiveX, OLE objects and external relationships),
 * docx-fields.ts (DDE and fields that fetch) and xlsx-formulas.ts (formulas that fetch or link).
 * Found codes only, in the order first found; [] when there is none or the file cannot be parsed
 * (the read rule reports that).
 */

/**
 * »javascript«, »launch«, »remote-file«, »embedded-file«, »submit-form«, »xfa«, »link:<scheme>«,
 * »link:unc«, »link:relative«, »macro«, »activex«, »embedded-object«, »external:<relationship>«,
 * »external-link«, »data-connection«, »formula:<NAME>«, »field:<NAME>«, »field:hidden«.
 */
export type ActiveContent = string;
