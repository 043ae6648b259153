module.exports = {
  description: 'build-time diagnostics: missing provided version, missing required version, unresolvable fallback — the searchable wording plus the file and the fix',
  targets: ['node'],
  allowErrors: true,
  async verify({ builds, run }) {
    const { warnings, errors } = builds.app;
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/No version specified and unable to automatically determine one\.[^]*no-version[^]*package\.json/),
        expect.stringMatching(/No required version specified and unable to automatically determine one\.[^]*"unlisted"[^]*dependencies/),
      ]),
    );
    expect(warnings).toHaveLength(2);
    expect(errors).toEqual([expect.stringMatching(/Can't resolve the fallback "not-installed" of shared module "not-installed"[^]*import: false/)]);

    // The build still runs: the unversioned provide is registered as "0" and consumed (any version).
    const { result } = await run();
    expect(result.noVersion).toBe('no-version');
    expect(result.unlisted).toBe('unlisted');
    expect(result.uninstalled).toMatch(/^Shared module not-installed doesn't exist in shared scope default/);
  },
};
