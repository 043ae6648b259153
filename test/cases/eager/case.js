module.exports = {
  description: 'an eager shared module is consumed synchronously in the initial chunk; a lazy one there fails with the eager-consumption error',
  targets: ['node', 'web'],
  apps: [
    { name: 'eager', config: 'eager.config.js' },
    { name: 'lazy', config: 'lazy.config.js' },
  ],
  async verify({ builds, run }) {
    // Eager: everything is in main.js, nothing else is loaded.
    const eager = await run('eager');
    expect(eager.result).toEqual({ version: '3.2.1', eagerEntry: true });
    expect(eager.sandbox.loadedFiles).toEqual(['/eager/main.js']);

    expect(builds.eager.warnings).toEqual([]);
    expect(builds.lazy.warnings).toEqual([expect.stringContaining('`asyncStartup: true` is not supported yet')]);
    await expect(run('lazy')).rejects.toThrow(/^Shared module is not available for eager consumption/);
  },
};
