/**
 * npm run changes -- <base> [<head>]: what a change does to the barometer, as Danish Markdown on
 * stdout. Compares the working tree (or the commit <head>) with the point where it left <base>
 * (the merge base, as a pull request's diff does): values added, revised and removed per indicator,
 * status and trend per area before → after, documents and the pages they appear on, warnings for a
 * reviewer, and the editor check's verdict on the changed side. Exit 0 when the summary is printed,
 * also when the check fails (the summary says so); 2 when it cannot compare (unknown branch or commit,
 * arguments it does not take, no git).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteSettings } from '../src/loaders/site-settings.ts';
import { mergeBase, repositoryTop, resolveCommit } from './lib/changes/git-tree.ts';
import { commitSnapshot, dataPath, layoutFor, workingTreeSnapshot, type Layout, type Snapshot } from './lib/changes/snapshot.ts';
import { parseCheckOutput, type CheckOutcome } from './lib/changes/check-outcome.ts';
import { summariseChanges } from './lib/changes/summary.ts';
import { renderSummary } from './lib/changes/render-summary.ts';
import { blobUrl } from './lib/check/workflow-commands.ts';
import { mdCode } from './lib/markdown.ts';
import { INDICATORS_TABLE } from '../src/lib/data/csv-schema.ts';

const CHECK_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'check.ts');

class UsageError extends Error {}

/**
 * The same check editors run, as a child process so the summary lists exactly its errors. Without
 * GITHUB_ACTIONS: the workflow's own check step already puts the errors on the lines once. Without
 * the check cache: the summary checks a commit once, often in a temporary copy, and the check must
 * not leave a cache folder in the tree it was asked to judge.
 */
function runCheck(cwd: string, dirs: { dataDir: string; contentDir: string }): CheckOutcome {
  const env: NodeJS.ProcessEnv = { ...process.env, BAROMETER_DATA_DIR: dirs.dataDir, BAROMETER_CONTENT_DIR: dirs.contentDir };
  delete env.GITHUB_ACTIONS;
  delete env.GITHUB_STEP_SUMMARY;
  const r = spawnSync(process.execPath, [CHECK_SCRIPT, '--no-cache'], { cwd, env, encoding: 'utf8' });
  if (r.error) return { status: 'crashed', reason: r.error.message };
  return parseCheckOutput(r.status, r.stdout, r.stderr);
}

/** A commit's files written out under a temporary folder, so the check reads them as it reads a checkout. */
function checkCommit(head: Snapshot, layout: Layout): CheckOutcome {
  const dir = mkdtempSync(join(tmpdir(), 'ib-changes-'));
  try {
    for (const [path, text] of head.files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      // The bytes as committed, when they are not UTF-8: the check must see the encoding, not a repaired copy.
      writeFileSync(join(dir, path), head.raw?.get(path) ?? text);
    }
    return runCheck(dir, { dataDir: layout.dataDir, contentDir: layout.contentDir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A commit id as git prints it, in full or shortened. */
const COMMIT_ID = /^[0-9a-f]{4,40}$/i;

/**
 * `role`: the base is normally a branch (advise fetching it); the other side is normally a commit,
 * and a commit id is never fetched by name – advice that fits what was written.
 */
function commitOf(top: string, ref: string, role: 'base' | 'head'): string {
  const sha = resolveCommit(top, ref);
  if (sha) return sha;
  if (COMMIT_ID.test(ref)) {
    throw new UsageError(
      `Kan ikke finde commit'en »${ref}« i git. Tjek, at id'et er skrevet rigtigt (de seneste commits står i »git log --oneline«); ` +
        "er commit'en lavet et andet sted, så hent den først med »git fetch origin«.",
    );
  }
  if (role === 'head') {
    throw new UsageError(
      `Kan ikke finde »${ref}« i git – hverken som gren, tag eller commit. Tjek stavningen: grenene står i »git branch -a«, ` +
        `de seneste commits i »git log --oneline«. Er det en gren, der kun findes på GitHub, så hent den med »git fetch origin ${ref.replace(/^origin\//, '')}«.`,
    );
  }
  throw new UsageError(
    `Kan ikke finde »${ref}« i git. Hent grenen med »git fetch origin ${ref.replace(/^origin\//, '')}«, ` +
      'eller skriv en gren, der findes, fx »npm run changes -- origin/main«.',
  );
}

const USAGE = `Brug: npm run changes -- [<gren>] [<commit>]

Skriver på dansk (Markdown), hvad ændringerne gør ved barometeret i forhold til <gren> (standard: main):
tal tilføjet, rettet og fjernet, status og tendens pr. område før og efter, dokumenter og de sider, de
vises på, hvad en anmelder bør se på, og tjekkets fejl. Uden <commit> sammenlignes arbejdskopien
(også filer, der ikke er lavet commit af); med <commit> den commit.
`;

/** The two refs; anything more, or an option the command does not have, is refused rather than ignored. */
function parseArgs(args: string[]): { baseRef: string; headRef?: string } {
  const words = args.filter((a) => a !== '--');
  const option = words.find((a) => a.startsWith('-'));
  if (option) throw new UsageError(`Kommandoen kender ikke »${option}«.\n\n${USAGE}`);
  if (words.length > 2) {
    const extra = words
      .slice(2)
      .map((a) => `»${a}«`)
      .join(' ');
    throw new UsageError(`Kommandoen tager højst en gren og en commit, men fik også ${extra}.\n\n${USAGE}`);
  }
  const [baseRef = 'main', headRef] = words;
  return headRef === undefined ? { baseRef } : { baseRef, headRef };
}

function main(args: string[]): string {
  if (args.some((a) => a === '-h' || a === '--help')) return USAGE;
  const { baseRef, headRef } = parseArgs(args);
  const top = repositoryTop(process.cwd());
  if (!top) throw new UsageError('Her er ingen git-historik at sammenligne med. Kør kommandoen i en kopi af projektet (git clone).');
  const settings = siteSettings(process.env);
  const layout = layoutFor(top, settings);
  const baseCommit = commitOf(top, baseRef, 'base');
  const headCommit = headRef ? commitOf(top, headRef, 'head') : undefined;
  // Like a pull request's diff: from where this work left the base, so later work on the base is not shown reversed.
  const from = mergeBase(top, baseCommit, headCommit ?? 'HEAD') ?? baseCommit;
  const baseLabel =
    from === baseCommit
      ? `${mdCode(baseRef)} (${from.slice(0, 7)})`
      : `${mdCode(baseRef)}, som den var, da ændringen gik ud fra den (${from.slice(0, 7)})`;
  const base = commitSnapshot(layout, from, baseLabel);
  const head =
    headCommit && headRef
      ? commitSnapshot(layout, headCommit, `${mdCode(headRef)} (${headCommit.slice(0, 7)})`)
      : // In a pull request's workflow the checkout is the pull request merged into its base.
        { ...workingTreeSnapshot(layout), ...(process.env.GITHUB_EVENT_NAME === 'pull_request' ? { label: 'pull requesten' } : {}) };
  const check = headCommit ? checkCommit(head, layout) : runCheck(process.cwd(), settings);
  const summary = summariseChanges({ layout, base, head, check, sitePathBase: settings.base });
  const command = ['npm run changes --', baseRef, ...(headRef ? [headRef] : [])].join(' ');
  return renderSummary(summary, {
    base: settings.base,
    link: (file, line) => blobUrl(process.env, file, line),
    command,
    indicatorsFile: dataPath(layout, INDICATORS_TABLE.file),
  });
}

try {
  process.stdout.write(main(process.argv.slice(2)));
} catch (err) {
  if (err instanceof UsageError) {
    console.error(err.message);
  } else {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    console.error(`Opsummeringen stoppede uventet: ${reason}\nDet er en fejl i selve kommandoen, ikke i dine filer. Kontakt en udvikler.`);
  }
  process.exitCode = 2;
}
