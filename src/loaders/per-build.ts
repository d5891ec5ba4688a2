/**
 * A loader's result made once per build and shared by every page that asks; the dev server makes
 * it again for each request, so an editor's change shows at once.
 */
export function perBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return load();
    cached ??= load();
    return cached;
  };
}
