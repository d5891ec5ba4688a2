/**
 * Post the change summary (npm run changes) as ONE pull-request comment and update it on every push,
 * instead of adding a new comment each time. The comment is found again by a hidden marker in its
 * body, and only a bot's comment counts (a person quoting the marker is never edited).
 *
 * Run by actions/github-script in .github/workflows/site.yml, which passes its authenticated
 * Octokit (`github`) and the event (`context`); the job needs the permission `pull-requests: write`.
 * CommonJS because github-script loads workflow-side modules with require().
 */
'use strict';

/** Hidden in the rendered comment; identifies the summary comment among all others. */
const MARKER = '<!-- integrationsbarometeret:aendringer -->';

/** GitHub refuses a comment body longer than 65,536 characters. */
const MAX_BODY = 65536;

/**
 * The comment's body: the marker, then the summary; cut at a line when too long, with a pointer to
 * the job summary where the whole text is.
 * @param {string} summary
 * @param {string} [runUrl] the workflow run, whose summary holds the full text
 * @returns {string}
 */
function commentBody(summary, runUrl) {
  const full = `${MARKER}\n${summary}`;
  if (full.length <= MAX_BODY) return full;
  const where = runUrl ? `[jobbets opsummering](${runUrl})` : 'jobbets opsummering';
  const note = `\n\n… *Opsummeringen er for lang til en kommentar og er afkortet her. Hele teksten står i ${where}.*\n`;
  const room = MAX_BODY - note.length;
  const cut = full.lastIndexOf('\n', room);
  return full.slice(0, cut > 0 ? cut : room) + note;
}

/**
 * The earlier summary comment, if any: a bot's comment that carries the marker.
 * @param {Array<{ id: number, body?: string | null, user?: { type?: string } | null }>} comments
 */
function findPrevious(comments) {
  return comments.find((c) => c.user?.type === 'Bot' && typeof c.body === 'string' && c.body.includes(MARKER));
}

/**
 * Create the summary comment, or update the one an earlier run made.
 * @param {{ github: any, context: any, summary: string, runUrl?: string }} args
 * @returns {Promise<{ action: 'created' | 'updated' | 'unchanged', id: number }>}
 */
async function upsertSummaryComment({ github, context, summary, runUrl }) {
  const { owner, repo } = context.repo;
  const issue_number = context.payload?.pull_request?.number ?? context.issue.number;
  const body = commentBody(summary, runUrl);
  const comments = await github.paginate(github.rest.issues.listComments, { owner, repo, issue_number, per_page: 100 });
  const previous = findPrevious(comments);
  if (previous) {
    if (previous.body === body) return { action: 'unchanged', id: previous.id };
    await github.rest.issues.updateComment({ owner, repo, comment_id: previous.id, body });
    return { action: 'updated', id: previous.id };
  }
  const created = await github.rest.issues.createComment({ owner, repo, issue_number, body });
  return { action: 'created', id: created.data.id };
}

module.exports = { MARKER, MAX_BODY, commentBody, findPrevious, upsertSummaryComment };
