module.exports = {
  description: 'two versions of one package in one scope: each consumer gets the highest version its own range allows',
  targets: ['node', 'web'],
  async verify({ builds, run }) {
    expect(builds.app.warnings).toEqual([]);
    const { result } = await run();
    expect(result).toEqual({
      // ^2.0.0 (the app's package.json) → 2.1.0
      app: '2.1.0',
      // ^1.0.0 (legacy-widget's own package.json) → only 1.3.0 satisfies
      legacy: '1.3.0',
      // >=1.0.0 (a peer range) → the highest of both
      modern: '2.1.0',
      modernSharesAppCopy: true,
      registered: ['1.3.0', '2.1.0'],
    });
  },
};
