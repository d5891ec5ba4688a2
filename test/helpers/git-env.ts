/**
 * The environment for git in a test's own repository: no GIT_* variables from an outer hook (GIT_DIR
 * would point git at this project's repository), a fixed editor identity, and optionally a fixed date,
 * so the same files give the same commit ids.
 */
export function fixtureGitEnv(options: { date?: string; withoutNpm?: boolean } = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith('GIT_') || (options.withoutNpm && k.startsWith('npm_'))) continue;
    env[k] = v;
  }
  Object.assign(env, {
    GIT_AUTHOR_NAME: 'Redaktør',
    GIT_AUTHOR_EMAIL: 'r@example.org',
    GIT_COMMITTER_NAME: 'Redaktør',
    GIT_COMMITTER_EMAIL: 'r@example.org',
  });
  if (options.date) Object.assign(env, { GIT_AUTHOR_DATE: options.date, GIT_COMMITTER_DATE: options.date });
  return env;
}
