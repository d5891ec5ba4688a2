/**
 * A worker thread of reuse-pages.ts: links Astro's cached pages into the staging folder while Astro
 * starts (about 5 s of file-system work for 22,700 pages), then writes the marker file that lets
 * Astro's writes go ahead (unshare-writes.ts) and sends back what it linked.
 */
import { writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { linkCachedPages } from './reuse-pages.ts';

const { copies, staging, marker } = workerData as { copies: string; staging: string; marker: string };
const linked = linkCachedPages(copies, staging);
writeFileSync(marker, String(linked.size));
parentPort?.postMessage([...linked]);
