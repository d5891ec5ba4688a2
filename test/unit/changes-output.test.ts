/**
 * Getting the summary out: Markdown escaping, reading the check's verdict from its output, and the
 * pull-request comment that is created once and then updated (scripts/lib/changes/pr-comment.cjs, as
 * actions/github-script runs it, with a stand-in for GitHub's REST client).
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { mdCode, mdLink, mdTable, mdText } from '../../scripts/lib/markdown.ts';
import { parseCheckOutput } from '../../scripts/lib/changes/check-outcome.ts';
import { parseBatchBytes, parseLsTree } from '../../scripts/lib/changes/git-tree.ts';
import { decodeInto } from '../../scripts/lib/changes/snapshot.ts';

const require = createRequire(import.meta.url);
const { MARKER, MAX_BODY, commentBody, findPrevious, upsertSummaryComment } =
  require('../../scripts/lib/changes/pr-comment.cjs') as typeof import('../../scripts/lib/changes/pr-comment.cjs');

describe('Markdown for summaries and comments', () => {
  it("keeps an editor's text as text", () => {
    expect(mdText('<script>alert(1)</script> *fed* a|b [x](y) `k` #1 50 % & ~\nny linje')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; \\*fed\\* a\\|b \\[x\\](y) \\`k\\` \\#1 50 % &amp; \\~ ny linje',
    );
  });

  it('code spans hold backticks; links escape their text', () => {
    expect(mdCode('data/measurements.csv')).toBe('`data/measurements.csv`');
    expect(mdCode('a`b')).toBe('``a`b``');
    expect(mdCode('`a')).toBe('`` `a ``');
    expect(mdLink('a_b.csv', 'https://x.org/a b')).toBe('[a\\_b.csv](https://x.org/a%20b)');
  });

  it('tables', () => {
    expect(mdTable(['A', 'B'], [['1', '2']])).toBe('| A | B |\n| --- | --- |\n| 1 | 2 |');
  });
});

describe('parseLsTree', () => {
  it('keeps blobs with their object ids; paths with spaces and æøå stay as written (-z output)', () => {
    const out =
      '100644 blob 1111111111111111111111111111111111111111\tcontent/letters/brev med æ.md\0' +
      '160000 commit 2222222222222222222222222222222222222222\tvendor/sub\0' +
      '100644 blob 3333333333333333333333333333333333333333\tdata/measurements.csv\0';
    expect(parseLsTree(out)).toEqual([
      { path: 'content/letters/brev med æ.md', object: '1111111111111111111111111111111111111111' },
      { path: 'data/measurements.csv', object: '3333333333333333333333333333333333333333' },
    ]);
  });
});

describe('parseBatchBytes and decodeInto: a file in another encoding reaches the check as committed', () => {
  it('keeps the bytes of each object; only a file that is not UTF-8 keeps them beside its text', () => {
    const latin1 = Buffer.from('kilde;udtræk\n', 'latin1');
    const utf8 = Buffer.from('kilde;udtræk\n', 'utf8');
    const out = Buffer.concat([
      Buffer.from(`${'a'.repeat(40)} blob ${latin1.length}\n`),
      latin1,
      Buffer.from('\n'),
      Buffer.from(`${'b'.repeat(40)} missing\n`),
      Buffer.from(`${'c'.repeat(40)} blob ${utf8.length}\n`),
      utf8,
      Buffer.from('\n'),
    ]);
    const [first, missing, third] = parseBatchBytes(out, 3);
    expect(first?.equals(latin1)).toBe(true);
    expect(missing).toBeUndefined();
    expect(third?.equals(utf8)).toBe(true);
    const files = new Map<string, string>();
    const raw = new Map<string, Uint8Array>();
    decodeInto('data/a.csv', latin1, files, raw);
    decodeInto('data/b.csv', utf8, files, raw);
    expect([...raw.keys()]).toEqual(['data/a.csv']);
    expect(files.get('data/a.csv')).toBe('kilde;udtr\uFFFDk\n');
    expect(files.get('data/b.csv')).toBe('kilde;udtræk\n');
  });
});

describe('parseCheckOutput', () => {
  const stderr = [
    '',
    'data/measurements.csv:11:4: værdien er ikke et tal (fik "65,O", forventede et tal, fx 12,5)',
    'content/letters/a b.md:7:1: feltet "date" mangler (forventede en dato som ÅÅÅÅ-MM-DD, fx date: 2009-04-02)',
    '',
    '2 fejl i 2 filer – intet er udgivet. Ret fejlene og kør npm run check igen.',
  ].join('\n');

  it('passed, failed with every error located, or crashed', () => {
    expect(parseCheckOutput(0, 'Tjekkede 2 CSV-filer (24 rækker) og 3 dokumenter på 0,1 s: ingen fejl\n', '')).toEqual({
      status: 'passed',
    });
    expect(parseCheckOutput(1, 'Data i data/: 2 CSV-filer, 24 rækker, 1 fejl\n', stderr)).toEqual({
      status: 'failed',
      errors: [
        { file: 'data/measurements.csv', line: 11, column: 4, text: 'værdien er ikke et tal (fik "65,O", forventede et tal, fx 12,5)' },
        {
          file: 'content/letters/a b.md',
          line: 7,
          column: 1,
          text: 'feltet "date" mangler (forventede en dato som ÅÅÅÅ-MM-DD, fx date: 2009-04-02)',
        },
      ],
    });
    expect(parseCheckOutput(1, '', 'Tjekket stoppede uventet: EISDIR: illegal operation on a directory, read\nDet er en fejl …')).toEqual({
      status: 'crashed',
      reason: 'EISDIR: illegal operation on a directory, read',
    });
    expect(parseCheckOutput(137, '', 'Killed\n')).toEqual({ status: 'crashed', reason: 'Killed' });
  });
});

/** A stand-in for github-script's Octokit that keeps comments in memory and records each call. */
function fakeGitHub(comments: { id: number; body: string; user: { type: string } }[]) {
  const calls: string[] = [];
  let next = 100;
  const rest = {
    issues: {
      listComments: 'listComments',
      createComment: async (p: { issue_number: number; body: string }) => {
        calls.push(`create #${p.issue_number}`);
        const c = { id: next++, body: p.body, user: { type: 'Bot' } };
        comments.push(c);
        return { data: c };
      },
      updateComment: async (p: { comment_id: number; body: string }) => {
        calls.push(`update ${p.comment_id}`);
        const c = comments.find((x) => x.id === p.comment_id);
        if (c) c.body = p.body;
        return { data: c };
      },
    },
  };
  const paginate = async (method: string, p: { owner: string; repo: string; issue_number: number; per_page: number }) => {
    calls.push(`${method} ${p.owner}/${p.repo}#${p.issue_number} per_page=${p.per_page}`);
    return [...comments];
  };
  return { github: { rest, paginate }, calls, comments };
}

const context = { repo: { owner: 'kk', repo: 'barometer' }, issue: { number: 7 }, payload: { pull_request: { number: 7 } } };

describe('the one pull-request comment', () => {
  it('is created on the first run and updated, never repeated, on later runs', async () => {
    const gh = fakeGitHub([{ id: 1, body: 'Ser fint ud!', user: { type: 'User' } }]);
    expect(await upsertSummaryComment({ github: gh.github, context, summary: '## Første\n' })).toEqual({ action: 'created', id: 100 });
    expect(await upsertSummaryComment({ github: gh.github, context, summary: '## Anden\n' })).toEqual({ action: 'updated', id: 100 });
    expect(await upsertSummaryComment({ github: gh.github, context, summary: '## Anden\n' })).toEqual({ action: 'unchanged', id: 100 });
    expect(gh.calls).toEqual([
      'listComments kk/barometer#7 per_page=100',
      'create #7',
      'listComments kk/barometer#7 per_page=100',
      'update 100',
      'listComments kk/barometer#7 per_page=100',
    ]);
    expect(gh.comments.map((c) => c.body)).toEqual(['Ser fint ud!', `${MARKER}\n## Anden\n`]);
  });

  it("never takes over a person's comment that quotes the marker", () => {
    const quoted = { id: 5, body: `Citat: ${MARKER}`, user: { type: 'User' } };
    expect(findPrevious([quoted])).toBeUndefined();
    expect(findPrevious([quoted, { id: 6, body: `${MARKER}\nx`, user: { type: 'Bot' } }])?.id).toBe(6);
  });

  it('the marker is an HTML comment, hidden in the rendered comment', () => {
    expect(MARKER).toMatch(/^<!-- [^>]+ -->$/);
  });

  it('a summary longer than GitHub allows is cut at a line and points to the job summary', () => {
    const long = Array.from({ length: 4000 }, (_, i) => `- linje ${i} ${'x'.repeat(20)}`).join('\n');
    const body = commentBody(long, 'https://github.com/kk/barometer/actions/runs/1');
    expect(body.length).toBeLessThanOrEqual(MAX_BODY);
    expect(body.startsWith(`${MARKER}\n- linje 0 `)).toBe(true);
    expect(body).toMatch(
      /x\n\n… \*Opsummeringen er for lang til en kommentar og er afkortet her\. Hele teksten står i \[jobbets opsummering\]\(https:\/\/github\.com\/kk\/barometer\/actions\/runs\/1\)\.\*\n$/,
    );
    expect(commentBody('kort', undefined)).toBe(`${MARKER}\nkort`);
  });
});
