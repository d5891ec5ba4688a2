/**
 * The GitHub workflow as pull requests see it: the editor check annotates, the summary job posts one
 * comment with the permission it needs and no more, and publishing stays as it was.
 */
import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  permissions?: Record<string, string>;
  steps: Step[];
  needs?: string;
}
const workflow = jsYaml.load(readFileSync('.github/workflows/site.yml', 'utf8')) as {
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
};

describe('.github/workflows/site.yml', () => {
  it('the test job runs the editor check (which annotates in Actions) before the tests', () => {
    const runs = workflow.jobs.test?.steps.map((s) => s.run ?? '') ?? [];
    expect(runs.findIndex((r) => r === 'npm run check')).toBeLessThan(runs.findIndex((r) => r === 'npm test'));
  });

  it('the summary job runs on pull requests only, with full history and no stored token', () => {
    const job = workflow.jobs.changes!;
    expect(job.if).toBe("github.event_name == 'pull_request'");
    const checkout = job.steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with).toMatchObject({ 'fetch-depth': 0, 'persist-credentials': false });
  });

  it('writes the summary of the change against the base branch to the job summary', () => {
    const run = workflow.jobs.changes!.steps.map((s) => s.run ?? '').join('\n');
    expect(run).toContain('npm run --silent changes -- "origin/$BASE_REF" > "$RUNNER_TEMP/changes.md"');
    expect(run).toContain('cat "$RUNNER_TEMP/changes.md" >> "$GITHUB_STEP_SUMMARY"');
  });

  it('posts it as one comment through github-script, with pull-requests: write and read-only contents', () => {
    const job = workflow.jobs.changes!;
    expect(job.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    const post = job.steps.find((s) => s.uses?.startsWith('actions/github-script@'));
    expect(post?.if).toBe('github.event.pull_request.head.repo.full_name == github.repository');
    expect(String(post?.with?.script)).toContain("require('./scripts/lib/changes/pr-comment.cjs')");
    expect(String(post?.with?.script)).toContain('upsertSummaryComment');
  });

  it('publishing is unchanged: the workflow reads by default, only deploy writes Pages', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs.build?.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(workflow.jobs.deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    for (const [name, job] of Object.entries(workflow.jobs)) {
      if (name !== 'changes' && name !== 'deploy') expect(job.permissions, name).toBeUndefined();
    }
  });
});
