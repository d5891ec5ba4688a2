/**
 * <ib-retrieved>: the citation's »Hentet« day. The page is built with the build's day; in the
 * browser it becomes the reader's own day, which is the day they retrieved it. Without JavaScript
 * the build's day stays, which is when the figures on the page were put there.
 */
const format = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' });
const iso = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' });

class RetrievedDate extends HTMLElement {
  connectedCallback(): void {
    const now = new Date();
    for (const time of this.querySelectorAll('time')) {
      time.dateTime = iso.format(now);
      time.textContent = format.format(now);
    }
  }
}

if (!customElements.get('ib-retrieved')) customElements.define('ib-retrieved', RetrievedDate);
