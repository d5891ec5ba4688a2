/** Where Debian's Chromium is, if anywhere. Browser tests never download a browser. */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);
export const INSTALL_HINT = 'Chromium mangler: installer den med `sudo apt-get install -y chromium` (eller sæt CHROME_PATH)';

/** Flags this machine's Chromium needs: no sandbox as root, no GPU, and no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
