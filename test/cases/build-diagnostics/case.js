module.exports = {
  description: 'build-time diagnostics: missing versions, unresolvable fallback, duplicate keys, invalid versions — the searchable wording plus the file and the fix',
  targets: ['node'],
  allowErrors: true,
  async verify({ builds, run }) {
    const { warnings, errors, modules } = builds.app;
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/No version specified and unable to automatically determine one\.[^]*no-version[^]*package\.json/),
        expect.stringMatching(/No required version specified and unable to automatically determine one\.[^]*"unlisted"[^]*dependencies/),
        expect.stringMatching(/Two shared configs match "ws-lib"/),
        expect.stringMatching(/The version "latest" of shared module "ws-lib" is not a valid semver version/),
      ]),
    );
    expect(warnings).toHaveLength(4);
    expect(errors).toEqual([expect.stringMatching(/Can't resolve the fallback "not-installed" of shared module "not-installed"[^]*import: false/)]);
    // "workspace:^" became the range of the app's own copy.
    expect(modules).toContainEqual(expect.stringMatching(/ws-lib\/index\.js\?federated-share=consume&scope=default&key=ws-lib&range=\^2\.3\.0/));

    // The build still runs: the unversioned provide is registered as "0" and consumed (any version).
    const { result } = await run();
    expect(result.noVersion).toBe('no-version');
    expect(result.unlisted).toBe('unlisted');
    expect(result.wsLib).toBe('ws-lib');
    expect(result.uninstalled).toMatch(/^Shared module not-installed doesn't exist in shared scope default/);
  },
};
