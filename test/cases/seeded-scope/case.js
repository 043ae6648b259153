module.exports = {
  description: 'a scope seeded from outside the build: singleton mismatch warns, strict singleton errors, no satisfying version → own fallback, missing consume-only module errors',
  targets: ['node', 'web'],
  apps: [
    { name: 'provider', dir: 'provider' },
    { name: 'consumer', dir: 'consumer' },
  ],
  async verify({ builds, run }) {
    expect(builds.consumer.warnings).toEqual([]);
    const { sandbox, result } = await run('provider', 'consumer');
    // The singleton takes the provider's 2.0.0 although the consumer asked for ^1.0.0 ...
    expect(result.lib).toEqual({ version: '2.0.0', from: 'provider' });
    // ... and says so, with the words people search for, and who offered what.
    const warnings = sandbox.logs.filter((entry) => entry.level === 'warn').map((entry) => entry.text);
    expect(warnings).toEqual([
      expect.stringMatching(/^Unsatisfied version 2\.0\.0 from provider of shared singleton module lib \(required \^1\.0\.0\).*2\.0\.0 from provider/s),
    ]);
    // lib2: only 4.0.0 is shared, the consumer needs ^5.0.0 → its own copy.
    expect(result.lib2).toEqual({ version: '5.1.0', from: 'consumer (own copy)' });
    // Nobody provides missing-lib and there is no fallback.
    expect(result.missing).toMatch(/^Shared module missing-lib doesn't exist in shared scope default/);
    // lib3: strict singleton, 2.0.0 offered, ^1.0.0 required → the same message, as an error.
    expect(result.lib3).toMatch(/^Unsatisfied version 2\.0\.0 from provider of shared singleton module lib3 \(required \^1\.0\.0\)/);
  },
};
