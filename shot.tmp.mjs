import { chromium } from '@playwright/test';
const [,, ...args] = process.argv;
const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
const seg = Number(process.env.SEG ?? 1400);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const path of args) {
  for (const w of widths) {
    const page = await browser.newPage({ viewport: { width: w, height: 900 }, javaScriptEnabled: !process.env.NOJS });
    await page.goto(`http://127.0.0.1:${process.env.PORT ?? 4409}${path}`);
    const h = await page.evaluate(() => document.documentElement.scrollHeight);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const base = `/tmp/wt15/shots/${path.replace(/[^a-z0-9]+/gi, '_')}_${w}`;
    for (let y = 0, i = 0; y < h; y += seg, i++) {
      await page.screenshot({ path: `${base}_${i}.png`, fullPage: true, clip: { x: 0, y, width: w, height: Math.min(seg, h - y) } });
    }
    console.log(base, 'height', h, 'segments', Math.ceil(h / seg), 'overflow', overflow);
    await page.close();
  }
}
await browser.close();
