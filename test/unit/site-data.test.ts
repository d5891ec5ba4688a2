/** getBarometer(): what pages call. Reads siteSettings().dataDir once; data errors stop the build. */
import { afterEach, describe, expect, it, vi } from 'vitest';

async function freshGetBarometer(dataDir: string) {
  vi.stubEnv('BAROMETER_DATA_DIR', dataDir);
  vi.resetModules();
  return (await import('../../src/loaders/site-data.ts')).getBarometer;
}

afterEach(() => {
  vi.unstubAllEnvs();
  // The unit tier shares modules between files (isolate: false): drop the fixture's cached barometer
  // so the next file's getBarometer() reads the repository's data again.
  vi.resetModules();
});

describe('getBarometer', () => {
  it('returns the validated data and reads it only once', async () => {
    const getBarometer = await freshGetBarometer('test/fixtures/data/valid-danish-excel');
    const first = getBarometer();
    expect(first.indicators.map((i) => i.id)).toEqual([
      'a-beskaeftigelse',
      'b-bolig',
      'c-tryghed',
      'd-uddannelse',
      'e-sundhed',
      'f-kultur',
    ]);
    vi.stubEnv('BAROMETER_DATA_DIR', 'test/fixtures/data/many-errors');
    expect(getBarometer()).toBe(first);
  });

  it('throws an Error whose message is the formatted error list', async () => {
    const getBarometer = await freshGetBarometer('test/fixtures/data/many-errors');
    expect(getBarometer).toThrow(
      /^Data i test\/fixtures\/data\/many-errors har 5 fejl:\ntest\/fixtures\/data\/many-errors\/indicators\.csv:3:5: ukendt enhed \(fik "kroner"/,
    );
  });
});
