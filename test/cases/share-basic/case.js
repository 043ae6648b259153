module.exports = {
  description: 'provides and consumes one package: one instance, registered in the default scope under its package.json version',
  targets: ['node', 'web'],
  async verify({ builds, run }) {
    const { sandbox, result } = await run();
    expect(result).toEqual({ version: '1.4.0', sameInstance: true, registered: ['1.4.0'], from: 'app' });
    expect(sandbox.logs.filter((entry) => entry.level !== 'log')).toEqual([]);
    expect(builds.app.warnings).toEqual([]);
  },
};
