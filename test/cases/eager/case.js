module.exports = {
  description: 'eager shares work synchronously in the initial chunk; a lazy one there throws the eager-consumption error unless asyncStartup is on',
  targets: ['node', 'web'],
  apps: [
    { name: 'eager', config: 'eager.config.js' },
    { name: 'lazy', config: 'lazy.config.js' },
    { name: 'async', config: 'async-startup.config.js' },
  ],
  async verify({ builds, run }) {
    for (const build of Object.values(builds)) expect(build.warnings).toEqual([]);

    // Eager: everything is in main.js, nothing else is loaded.
    const eager = await run('eager');
    expect(eager.result).toEqual({ version: '3.2.1', eagerEntry: true });
    expect(eager.sandbox.loadedFiles).toEqual(['/eager/main.js']);

    await expect(run('lazy')).rejects.toThrow(/^Shared module is not available for eager consumption/);

    // Async startup: the lazy provide's chunk loads before the entry module runs.
    const async = await run('async');
    expect(async.result).toEqual({ version: '3.2.1', eagerEntry: false });
    expect(async.sandbox.loadedFiles).toEqual(['/async/main.js', expect.stringMatching(/^\/async\/.*lib.*\.chunk\.js$/)]);
  },
};
