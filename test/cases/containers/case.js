module.exports = {
  description: "host + remotes built separately (the bundler's own container plugins, our sharing, and one remote on the bundler's own SharePlugin): one singleton, a two-major library",
  targets: ['web'],
  apps: [
    { name: 'host', dir: 'host' },
    { name: 'remote', dir: 'remote' },
    // Built with the other bundler: the two variants cover Rspack/Rspack, webpack/webpack and both mixed pairs.
    { name: 'remote2', dir: 'remote2', bundler: 'other' },
    // Built with the bundler's own SharePlugin, not ours: both must agree on one scope.
    { name: 'native-remote', dir: 'native-remote' },
  ],
  async verify({ builds, run }) {
    for (const build of Object.values(builds)) expect(build.warnings).toEqual([]);
    const { sandbox, result } = await run('host');
    expect(result).toEqual({
      host: { lib: '2.1.0', util: '3.1.0', utilOwner: 'remote2' },
      // The singleton: everybody runs the host's 2.1.0 (the highest; all ranges are ^2.0.0).
      remote: { lib: '2.1.0', libOwner: 'host', util: '1.2.0', utilOwner: 'remote' },
      remote2: { lib: '2.1.0', libOwner: 'host', util: '3.1.0', utilOwner: 'remote2' },
      nativeRemote: { lib: '2.1.0', libOwner: 'host', util: '3.1.0', utilOwner: 'remote2' },
      oneLib: true,
      libVersions: ['2.0.0', '2.0.5', '2.0.9', '2.1.0'],
      // util-lib at two majors: the remote that needs ^1 keeps its own 1.2.0; ^3 consumers share 3.1.0.
      utilVersions: ['1.2.0', '3.0.0', '3.0.7', '3.1.0'],
    });
    expect(sandbox.logs.filter((entry) => entry.level !== 'log')).toEqual([]);
  },
};
