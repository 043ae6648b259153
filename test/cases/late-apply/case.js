module.exports = {
  description:
    'sharing applied from an afterPlugins tap (as ModuleFederationPlugin does): a host that is also a container, a container-only build, scope "ui", import: false',
  targets: ['web'],
  apps: [
    { name: 'shell', dir: 'shell' },
    { name: 'side', dir: 'side' },
    { name: 'outer', dir: 'outer' },
  ],
  async verify({ builds, run }) {
    for (const build of Object.values(builds)) expect(build.warnings).toEqual([]);

    const shell = await run('shell');
    expect(shell.result).toEqual({
      // The singleton: side's 2.1.0 is the highest in scope "ui"; shell's exposed and own code agree.
      lib: '2.1.0',
      libOwner: 'side',
      // `import: false`: only the scope can supply it, and side registered it.
      onlyRemote: 'side',
      widgetLib: '2.1.0',
      oneLib: true,
      // Provided by a plugin side applied directly, next to the wrapper.
      extra: '1.0.0',
      scopes: ['ui'],
      uiKeys: ['extra-lib', 'lib', 'only-remote'],
    });
    expect(shell.sandbox.logs.filter((entry) => entry.level !== 'log')).toEqual([]);

    // shell as a container: outer initialises it with scope "ui" and gets one lib across both.
    const outer = await run('outer');
    expect(outer.result).toEqual({ lib: '2.0.5', libOwner: 'outer', panelLib: '2.0.5', oneLib: true });
    expect(outer.sandbox.logs.filter((entry) => entry.level !== 'log')).toEqual([]);
  },
};
