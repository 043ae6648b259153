module.exports = {
  description: 'a scope seeded from outside the build is honoured; singleton mismatch warns, a missing consume-only module errors',
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
    // ... and says so, with the words people search for.
    const warnings = sandbox.logs.filter((entry) => entry.level === 'warn').map((entry) => entry.text);
    expect(warnings).toEqual([expect.stringMatching(/^Unsatisfied version 2\.0\.0 from provider of shared singleton module lib \(required \^1\.0\.0\)/)]);
    // Nobody provides missing-lib and there is no fallback.
    expect(result.missing).toMatch(/Shared module missing-lib doesn't exist in shared scope default/);
  },
};
