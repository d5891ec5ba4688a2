/**
 * GitHub Actions workflow commands: a line `::error file=…,line=…,col=…,title=…::message` on stdout
 * becomes an annotation on that line of the pull request's »Files changed«. Escaping as the runner
 * expects it (the same as @actions/core's command.ts): the message escapes %, CR and LF; property
 * values also : and , because those separate the properties.
 */

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export type CommandProperties = Record<string, string | number | undefined>;

/** `::command key=value,…::message`; properties left undefined are omitted, order kept. */
export function workflowCommand(command: string, properties: CommandProperties, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** The check runs in GitHub Actions (the runner always sets GITHUB_ACTIONS=true). */
export function inGitHubActions(env: Record<string, string | undefined>): boolean {
  return env.GITHUB_ACTIONS === 'true';
}

/**
 * Address of a file's line in the commit the workflow runs on, for links in summaries; undefined
 * outside Actions. GITHUB_SHA is the commit that was checked out, so line numbers match.
 */
export function blobUrl(env: Record<string, string | undefined>, file: string, line?: number): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  if (!server || !repo || !sha) return undefined;
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `${server}/${repo}/blob/${sha}/${path}${line ? `#L${line}` : ''}`;
}
