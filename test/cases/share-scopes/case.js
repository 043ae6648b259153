module.exports = {
  description: 'several share scopes in one build stay isolated from each other',
  targets: ['node', 'web'],
  async verify({ builds, run }) {
    expect(builds.app.warnings).toEqual([]);
    const { result } = await run();
    expect(result).toEqual({ a: 'lib-a', b: 'lib-b', scopes: ['default', 'legacy'], legacy: ['lib-a'], default: ['lib-b'] });
  },
};
