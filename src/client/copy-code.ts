/**
 * Progressive enhancement: without JavaScript the code is selected and copied by hand.
 */
class CopyCode extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const code = this.querySelector('code');
    const status = this.querySelector('[role="status"]');
    if (!button || !code || !status || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
        status.textContent = this.dataset.copied ?? '';
      } catch {
        status.textContent = this.dataset.failed ?? '';
      }
    });
  }
}
if (!customElements.get('ib-copy-code')) customElements.define('ib-copy-code', CopyCode);
