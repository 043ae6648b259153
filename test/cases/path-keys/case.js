module.exports = {
  description: 'path keys: a local module shared by path (relative imports from any folder match), an unresolvable path key is an error',
  targets: ['node', 'web'],
  allowErrors: true,
  async verify({ builds, run }) {
    expect(builds.app.errors).toEqual([expect.stringContaining(`Can't resolve the shared module "./src/does-not-exist"`)]);
    expect(builds.app.warnings).toEqual([]);
    const { result } = await run();
    // './store' from src/ and '../store.js' from src/feature/ both reach the one shared module,
    // provided with the version of the package.json that holds it.
    expect(result).toEqual({ oneStore: true, keys: ['store'], versions: ['3.1.0'] });
  },
};
