const { readFileSync } = require('node:fs');
const path = require('node:path');

module.exports = {
  description: 'provides and consumes one package: one instance, registered under its package.json version; debug API in development only',
  targets: ['node', 'web'],
  apps: [
    { name: 'dev', options: { mode: 'development' } },
    { name: 'prod', options: { mode: 'production' } },
  ],
  async verify({ builds, run }) {
    for (const name of ['dev', 'prod']) {
      expect(builds[name].warnings).toEqual([]);
      const { sandbox, result } = await run(name);
      expect(result).toEqual({ version: '1.4.0', sameInstance: true, registered: ['1.4.0'], from: name });
      expect(sandbox.logs.filter((entry) => entry.level !== 'log')).toEqual([]);
    }

    const { sandbox } = await run('dev');
    const debug = sandbox.evaluate('__webpack_module_federation_debug__');
    expect(debug.getHealthMetrics()).toMatchObject({ total: 1, successful: 1, fallback: 0, failed: 0, successRate: 1 });
    expect(debug.getConnectionInfo('default', 'shared-lib')).toMatchObject({
      versions: [{ version: '1.4.0', from: 'dev', eager: false, loaded: true }],
    });
    expect(debug.resolutions).toEqual([expect.objectContaining({ app: 'dev', key: 'shared-lib', version: '1.4.0', from: 'dev', fallback: false })]);

    // Production: the debug API is not in the bundle at all.
    const prodMain = readFileSync(path.join(builds.prod.outputDir, 'main.js'), 'utf8');
    expect(prodMain).not.toContain('__webpack_module_federation_debug__');
    expect((await run('prod')).sandbox.evaluate('typeof __webpack_module_federation_debug__')).toBe('undefined');
  },
};
