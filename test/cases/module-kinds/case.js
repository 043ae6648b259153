module.exports = {
  description: 'CommonJS and ESM shared packages (scoped, deep exports), default/named/namespace imports, a shared package requiring another',
  targets: ['node', 'web'],
  async verify({ builds, run }) {
    expect(builds.app.warnings).toEqual([]);
    const { result } = await run();
    expect(result).toEqual({
      esmDefault: 'hi x',
      esmNamed: 'named export',
      esmDeep: 'deep esm',
      cjsDefault: 'cjs default',
      cjsNamed: 'cjs named',
      cjsNamespaceDefault: 'cjs default',
      oneCore: true,
      sameEsmAcrossChunks: true,
      scopes: ['@scope/esm-lib', '@scope/esm-lib/extra', 'cjs-lib', 'core-lib', 'dom-lib'],
    });
  },
};
