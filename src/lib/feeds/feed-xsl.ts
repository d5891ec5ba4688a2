/**
 * The XSLT 1.0 stylesheet every Atom feed points to (<?xml-stylesheet?>), so a browser shows a feed
 * as a readable Danish page – what a feed is, how to follow it, the entries with Danish dates – while
 * feed readers ignore it. Styles come from a separate CSS file on the site, so a host's
 * Content-Security-Policy header without 'unsafe-inline' still applies them. Pure.
 */
import { FEED_TEXT } from '../copy/editions.ts';
import { MONTH_NAMES as MONTHS } from '../format/period.ts';

export interface FeedXslLinks {
  /** Site paths with the base path: the stylesheet and the front page. */
  css: string;
  home: string;
  /** The site's icon, so a browser does not ask for /favicon.ico and get a 404. */
  icon: string;
  siteName: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function feedXsl(l: FeedXslLinks): string {
  const t = FEED_TEXT.page;
  const months = MONTHS.map((m, i) => `        <xsl:when test="$m = '${String(i + 1).padStart(2, '0')}'">${m}</xsl:when>`).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:a="http://www.w3.org/2005/Atom" exclude-result-prefixes="a">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat" indent="yes"/>

  <!-- "2026-12-01T09:30:00Z" → "1. december 2026" -->
  <xsl:template name="dato">
    <xsl:param name="d"/>
    <xsl:variable name="m" select="substring($d, 6, 2)"/>
    <xsl:value-of select="number(substring($d, 9, 2))"/>
    <xsl:text>. </xsl:text>
    <xsl:choose>
${months}
    </xsl:choose>
    <xsl:text> </xsl:text>
    <xsl:value-of select="substring($d, 1, 4)"/>
  </xsl:template>

  <xsl:template match="/a:feed">
    <html lang="da">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title><xsl:value-of select="a:title"/> ${esc(t.titleSuffix)}</title>
        <link rel="icon" href="${esc(l.icon)}" type="image/svg+xml"/>
        <link rel="stylesheet" href="${esc(l.css)}"/>
      </head>
      <body>
        <header class="ib-feed__header">
          <p class="ib-feed__site"><a href="${esc(l.home)}">${esc(l.siteName)}</a></p>
        </header>
        <main class="ib-feed">
          <h1><xsl:value-of select="a:title"/></h1>
          <p class="ib-feed__lead"><xsl:value-of select="a:subtitle"/>.</p>
          <section class="ib-feed__about" aria-labelledby="om-feedet">
            <h2 id="om-feedet">${esc(t.aboutHeading)}</h2>
            <p>${esc(t.about)}</p>
            <p class="ib-feed__address"><code><xsl:value-of select="a:link[@rel='self']/@href"/></code></p>
            <p><a href="{a:link[@rel='alternate']/@href}">${esc(t.goTo(l.siteName))}</a></p>
          </section>
          <h2>${esc(t.latest)}</h2>
          <xsl:if test="not(a:entry)"><p>${esc(t.empty)}</p></xsl:if>
          <ol class="ib-feed__entries">
            <xsl:for-each select="a:entry">
              <li class="ib-feed__entry">
                <h3 class="ib-feed__title"><a href="{a:link/@href}"><xsl:value-of select="a:title"/></a></h3>
                <p class="ib-feed__meta">
                  <time datetime="{a:updated}"><xsl:call-template name="dato"><xsl:with-param name="d" select="a:updated"/></xsl:call-template></time>
                </p>
                <p class="ib-feed__summary"><xsl:value-of select="a:summary"/></p>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
`;
}
