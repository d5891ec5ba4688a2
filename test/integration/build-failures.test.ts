/**
 * What `npm run build` tells the editor when the site cannot be built, and what it leaves behind
 * (attacker report U1, U2, U7, C1), on copies of the real content in node_modules/.cache:
 * - letters nested too deep for the Markdown pipeline: the check names each at its line; with
 *   --skip-check the build names each letter and the real cause, not a missing cache folder;
 * - content/pages/om.md without a named section: the build blames om.md, not another file;
 * - a data file that is a symbolic link: refused by the check, and by the build itself without it;
 * - a letter at every nesting limit at once builds (the limits are far below the build's);
 * - Ctrl+C (SIGINT) during the Astro step of a warm build leaves no staging folder or marker and
 *   dist/ as it was.
 * The builds run in node_modules/.cache (Astro keeps intermediate files in the repository's .astro/).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childEnv } from '../helpers/child-env.ts';
import { MAX_HTML_NESTING, MAX_INLINE_NESTING, MAX_NESTING } from '../../scripts/lib/check/rules/markdown-nesting.ts';

const WORK = resolve('node_modules/.cache/ib-build-failures');
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

const NO_TRACE = /\n\s+at [\w.<]+ \(|Stack trace/;
/** A path as the check and the build print it: from the repository. */
const shown = (path: string) => path.slice(process.cwd().length + 1);
const FRONT = (n: number) => `---\ntitle: Dybt brev ${n}\ndate: 2008-01-0${n}\nsagsnr: "2008-${n}"\n---\n\n`;

/** A copy of the real content under WORK/name, a dist/ with one old page, and the environment to build it. */
function site(name: string) {
  const dir = join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  const content = join(dir, 'content');
  cpSync('content', content, { recursive: true });
  const out = join(dir, 'dist');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), '<p>forrige udgave</p>');
  const env = childEnv({ BAROMETER_CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: join(dir, 'cache'), BUILD_PARTS: '1' });
  return { dir, content, out, env };
}

function build(env: NodeJS.ProcessEnv, args: string[] = []) {
  const r = spawnSync(process.execPath, ['scripts/build.ts', ...args], { env, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}\n${r.stderr}` };
}

function untouched(out: string): void {
  expect(readdirSync(out)).toEqual(['index.html']);
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>forrige udgave</p>');
  expect(existsSync(`${out}.staging`)).toBe(false);
  expect(existsSync(`${out}.staging.linked`)).toBe(false);
}

describe('letters nested too deep for the build', () => {
  const s = site('deep');
  const span = join(s.content, 'letters', '2008-01-01-dybe-span.md');
  const stars = join(s.content, 'letters', '2008-01-02-dybe-stjerner.md');
  writeFileSync(span, FRONT(1) + 'Tekst ' + '<span>'.repeat(2000) + 'x\n');
  writeFileSync(stars, FRONT(2) + '*'.repeat(3000) + 'x' + '*'.repeat(3000) + '\n');

  it('are refused by the check at their lines, and the build stops before Astro publishes anything', () => {
    const r = build(s.env);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${shown(span)}:7:247: HTML-elementer ligger mere end ${MAX_HTML_NESTING} niveauer inden i hinanden`);
    expect(r.out).toContain(`${shown(stars)}:7:41: fremhævninger og links ligger for dybt inden i hinanden (1500 niveauer)`);
    expect(r.out).toContain('Byggeriet er stoppet: ret fejlene ovenfor.');
    untouched(s.out);
  });

  it('with --skip-check: the build names each letter and the real cause, and says the check did not run', () => {
    const r = build(s.env, ['--skip-check']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Tjekket blev sprunget over (--skip-check)');
    expect(r.out).not.toContain('selv om tjekket ikke fandt fejl');
    const cause = 'teksten har citater, lister, HTML-elementer eller fremhævninger lagt for dybt inden i hinanden';
    for (const file of [span, stars]) expect(r.out).toContain(`${shown(file)}: ${cause}`);
    expect(r.out).not.toMatch(/mangler sin tekst|Slet mappen/);
    expect(r.out).not.toMatch(NO_TRACE);
    untouched(s.out);
  });
});

describe('/om/ without its named sections', () => {
  it('blames content/pages/om.md and names the missing and the misspelt section', () => {
    const s = site('om');
    const om = join(s.content, 'pages', 'om.md');
    writeFileSync(om, readFileSync(om, 'utf8').replace(' {#status}', '').replace('{#tendens}', '{#tendensen}'));
    const r = build(s.env, ['--skip-check']);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `${shown(om)}: {#status} mangler; siden sætter tabeller og lister ind efter de afsnit. {#tendensen} er ukendt – mente du {#tendens}?`,
    );
    expect(r.out).not.toMatch(/Fil: .*conferences/);
    expect(r.out).not.toMatch(NO_TRACE);
    untouched(s.out);
  });
});

describe('a data file that is a symbolic link', () => {
  it('is never published: the check stops the build, and without the check the build itself refuses it', () => {
    const s = site('linked-data');
    // A good measurements file outside the data folder, with a value that must not reach the site.
    const data = join(s.dir, 'data');
    cpSync('data', data, { recursive: true });
    const elsewhere = join(s.dir, 'elsewhere.csv');
    const lines = readFileSync('data/measurements.csv', 'utf8').split('\n');
    lines[1] = (lines[1] as string).replace(/;[^;]*$/, ';https://example.org/kanariefugl-fra-genvejen');
    writeFileSync(elsewhere, lines.join('\n'));
    rmSync(join(data, 'measurements.csv'));
    symlinkSync(elsewhere, join(data, 'measurements.csv'));
    const env = { ...s.env, BAROMETER_DATA_DIR: data };
    const message = 'measurements.csv:1:1: filen er en genvej (symbolsk link)';

    const checked = build(env);
    expect(checked.code).toBe(1);
    expect(checked.out).toContain(message);
    expect(checked.out).toContain('Byggeriet er stoppet: ret fejlene ovenfor.');
    untouched(s.out);

    const unchecked = build(env, ['--skip-check']);
    expect(unchecked.code).toBe(1);
    expect(unchecked.out).toContain(message);
    expect(unchecked.out).not.toContain('kanariefugl');
    expect(unchecked.out).not.toMatch(NO_TRACE);
    untouched(s.out);
    // Its own folder now, so the final clean-up stays within its time.
    rmSync(s.dir, { recursive: true, force: true });
  });
});

describe('a warm build stopped with Ctrl+C', () => {
  it('builds a letter at every nesting limit, then leaves nothing behind when stopped', async () => {
    const s = site('stop');
    // Quotes, HTML and emphasis each at their limit, all in one paragraph.
    const limits =
      '> '.repeat(MAX_NESTING) +
      '<span>'.repeat(MAX_HTML_NESTING) +
      '*'.repeat(2 * MAX_INLINE_NESTING) +
      'x' +
      '*'.repeat(2 * MAX_INLINE_NESTING) +
      '\n';
    writeFileSync(join(s.content, 'letters', '2008-01-03-ved-graenserne.md'), FRONT(3) + limits);
    const first = build(s.env);
    expect(first.out).toContain('Færdig');
    expect(first.code).toBe(0);
    expect(readFileSync(join(s.out, 'breve', '2008-01-03-ved-graenserne', 'index.html'), 'utf8')).toContain('<blockquote');
    const before = readdirSync(s.out).sort();

    // A new letter, so Astro has a page to write; stop it once its staging folder and marker exist.
    writeFileSync(join(s.content, 'letters', '2008-01-04-ny.md'), FRONT(4) + 'Nyt brev.\n');
    const child = spawn(process.execPath, ['scripts/build.ts', '--skip-check'], { env: s.env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
    const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    const started = Date.now();
    while (!(existsSync(`${s.out}.staging`) && output.includes('Bygger sider med Astro')) && Date.now() - started < 60_000)
      await new Promise((r) => setTimeout(r, 20));
    expect(existsSync(`${s.out}.staging`)).toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(output).toContain('Byggeriet blev afbrudt (Ctrl+C); mellemresultaterne er slettet, og det offentliggjorte site er ikke ændret.');
    expect(output).not.toContain('Færdig');
    expect(existsSync(`${s.out}.staging`)).toBe(false);
    expect(existsSync(`${s.out}.staging.linked`)).toBe(false);
    expect(readdirSync(s.out).sort()).toEqual(before);
    expect(existsSync(join(s.out, 'breve', '2008-01-04-ny'))).toBe(false);
  });
});
