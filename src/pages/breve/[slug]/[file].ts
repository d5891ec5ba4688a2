import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { KINDS, type AttachmentKind } from '../../../lib/attachments/kinds.ts';
import { fileBytes, siteLetterFiles } from '../../../loaders/attachments.ts';

/** A letter's original and bilag, published byte for byte at /breve/<slug>/<file> (bilag-1.pdf). */
export async function getStaticPaths() {
  const letters = await getCollection('letters');
  const paths = await Promise.all(
    letters.map(async (letter) =>
      (await siteLetterFiles(letter)).map((f) => ({
        params: { slug: letter.id, file: f.name },
        props: { source: f.source, kind: f.kind },
        // The bytes are the page: a file is copied again only when its hash changes.
        cacheKey: f.sha256,
      })),
    ),
  );
  return paths.flat();
}

export const GET: APIRoute<{ source: string; kind: AttachmentKind }> = ({ props }) =>
  new Response(fileBytes(props.source), { headers: { 'Content-Type': KINDS[props.kind].mime } });
