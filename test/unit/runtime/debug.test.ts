import {
  captureWarnings,
  consume,
  consumeModule,
  createContainer,
  createFakeRequire,
  data,
  exporting,
  installRuntime,
  range,
  RuntimeData,
  SINGLETON,
  STRICT,
} from './fakeWebpackRequire';

const GLOBAL_NAME = '__webpack_module_federation_debug__';

/**
 * A page with two apps sharing one global object and one default share scope:
 * "host" provides react 18.2.0 (lazy, chunk 30) and consumes react (^18, singleton) as 500,
 * lodash (^4, strict, fallback 601) as 501 and "missing" (import: false) as 502;
 * "remote" provides react 17.0.2 and lodash 3.10.1 (eager) and consumes react ^17 as 700.
 */
function twoApps() {
  const global: Record<string, any> = {};
  const host = createFakeRequire({
    global,
    modules: { 601: exporting('host lodash fallback') },
    chunks: {
      5: { 500: consumeModule(), 501: consumeModule(), 502: consumeModule() },
      30: { 10: exporting('react 18') },
    },
  });
  const hostData: RuntimeData = data({
    uniqueName: 'host',
    init: { default: [['react', '18.2.0', 10, [30]]] },
    consumes: {
      500: consume('react', { range: '^18.0.0', flags: SINGLETON }),
      501: consume('lodash', { range: '^4.0.0', flags: STRICT, fallback: [601, []] }),
      502: consume('missing', { range: '^1.0.0', flags: STRICT }),
    },
    chunks: { 5: [500, 501, 502] },
  });
  const remote = createFakeRequire({
    global,
    modules: { 20: exporting('react 17'), 21: exporting('lodash 3') },
    chunks: { 7: { 700: consumeModule() } },
  });
  const remoteData: RuntimeData = data({
    uniqueName: 'remote',
    init: { default: [['react', '17.0.2', 20, []], ['lodash', '3.10.1', 21, [], 1]] },
    consumes: { 700: consume('react', { range: '^17.0.0' }) },
    chunks: { 7: [700] },
  });
  const hostRuntime = installRuntime(host, hostData, { debug: true });
  const remoteRuntime = installRuntime(remote, remoteData, { debug: true });
  host.I!('default');
  createContainer(remote).init(host.S!.default);
  return { global, host, remote, debug: hostRuntime.debug, remoteDebug: remoteRuntime.debug };
}

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => {
  warnings = captureWarnings();
});
afterEach(() => warnings.restore());

describe('one debug object per page', () => {
  it('is created by the first app and joined by later ones', () => {
    const { global, host, remote, debug, remoteDebug } = twoApps();
    expect(global[GLOBAL_NAME]).toBe(debug);
    expect(remoteDebug).toBe(debug);
    expect(Object.keys(debug.apps)).toEqual(['host', 'remote']);
    expect(debug.shareScopes).toBe(host.S);
    expect(debug.apps.remote.shareScopes).toBe(remote.S);
  });

  it('is not created when debug is off', () => {
    const require = createFakeRequire();
    installRuntime(require, data({ uniqueName: 'quiet' }));
    expect(require.g[GLOBAL_NAME]).toBeUndefined();
  });
});

describe('getConnectionInfo', () => {
  it('lists versions, providers, eager and loaded flags', async () => {
    const { host, debug } = twoApps();
    expect(debug.getConnectionInfo('default', 'react')).toEqual({
      scope: 'default',
      key: 'react',
      versions: [
        { version: '18.2.0', from: 'host', eager: false, loaded: false },
        { version: '17.0.2', from: 'remote', eager: false, loaded: false },
      ],
      providers: ['host', 'remote'],
      loaded: [],
    });
    await host.e(5);
    expect(debug.getConnectionInfo('default', 'react').loaded).toEqual(['18.2.0']);
    expect(debug.getConnectionInfo('default', 'lodash').versions).toEqual([
      { version: '3.10.1', from: 'remote', eager: true, loaded: false },
    ]);
  });

  it('answers for an unknown key with empty lists, and names the apps for an unknown app', () => {
    const { debug } = twoApps();
    expect(debug.getConnectionInfo('default', 'nope')).toEqual({
      scope: 'default',
      key: 'nope',
      versions: [],
      providers: [],
      loaded: [],
    });
    expect(() => debug.getConnectionInfo('default', 'react', 'ghost')).toThrow(
      'No app "ghost" joined the debug API; known: host, remote'
    );
  });
});

describe('testResolution', () => {
  it("uses the app's own consume options and changes nothing", () => {
    const { host, debug } = twoApps();
    const entries = host.S!.default.react;
    const gets = Object.values(entries).map((e) => jest.spyOn(e, 'get'));
    expect(debug.testResolution('default', 'react')).toEqual({
      scope: 'default',
      key: 'react',
      requiredVersion: '^18.0.0',
      version: '18.2.0',
      from: 'host',
      fallback: false,
      error: null,
      warning: null,
    });
    for (const get of gets) expect(get).not.toHaveBeenCalled();
    for (const e of Object.values(entries)) expect(e.loaded).toBeUndefined();
    expect(host.loadedChunks).toEqual([]);
    expect(debug.getHealthMetrics().total).toBe(0);
  });

  it('takes a range string some consume on the page uses, for another app too', () => {
    const { debug } = twoApps();
    // "^17.0.0" is the remote's range; the host's react consume is a singleton, so it warns.
    const result = debug.testResolution('default', 'react', '^17.0.0');
    expect(result).toMatchObject({ requiredVersion: '^17.0.0', version: '18.2.0', from: 'host', error: null });
    expect(result.warning).toMatch(/^Unsatisfied version 18.2.0 from host of shared singleton module react \(required \^17.0.0\)/);
    expect(debug.testResolution('default', 'react', undefined, 'remote')).toMatchObject({
      version: '17.0.2',
      from: 'remote',
    });
  });

  it('takes an encoded range, and false for any version', () => {
    const { debug } = twoApps();
    expect(debug.testResolution('default', 'react', range('^17.0.0'), 'remote').version).toBe('17.0.2');
    expect(debug.testResolution('default', 'react', false, 'remote').version).toBe('18.2.0');
  });

  it('reports fallback and error outcomes', () => {
    const { debug } = twoApps();
    expect(debug.testResolution('default', 'lodash')).toMatchObject({
      version: null,
      from: null,
      fallback: true,
      error: null,
    });
    expect(debug.testResolution('default', 'missing').error).toMatch(
      /^Shared module missing doesn't exist in shared scope default/
    );
  });

  it('explains a range it cannot evaluate', () => {
    const { debug } = twoApps();
    expect(debug.testResolution('default', 'react', '^16.0.0').error).toBe(
      'Unknown range "^16.0.0": the runtime has no range parser. Pass a range some consume on this page ' +
        'requires (^18.0.0, ^4.0.0, ^1.0.0, ^17.0.0) or encodeRange("^16.0.0").encoded.'
    );
  });
});

describe('resolutions and health metrics', () => {
  it('has zero rates before anything resolved', () => {
    const { debug } = twoApps();
    expect(debug.getHealthMetrics()).toEqual({
      total: 0,
      successful: 0,
      fallback: 0,
      failed: 0,
      successRate: 0,
      fallbackRate: 0,
      failureRate: 0,
    });
  });

  it("records every app's decisions and counts them", async () => {
    const { host, remote, debug } = twoApps();
    await host.e(5);
    await remote.e(7);
    expect(host(500)).toBe('react 18');
    expect(host(501)).toBe('host lodash fallback');
    expect(() => host(502)).toThrow(/^Shared module missing doesn't exist/);
    expect(remote(700)).toBe('react 17');

    expect(debug.getHealthMetrics()).toEqual({
      total: 4,
      successful: 2,
      fallback: 1,
      failed: 1,
      successRate: 0.5,
      fallbackRate: 0.25,
      failureRate: 0.25,
    });
    const pick = ({ app, scope, key, requiredVersion, version, from, fallback }: any) => ({
      app,
      scope,
      key,
      requiredVersion,
      version,
      from,
      fallback,
    });
    expect(debug.apps.host.resolutions.map(pick)).toEqual([
      { app: 'host', scope: 'default', key: 'react', requiredVersion: '^18.0.0', version: '18.2.0', from: 'host', fallback: false },
      { app: 'host', scope: 'default', key: 'lodash', requiredVersion: '^4.0.0', version: null, from: null, fallback: true },
      { app: 'host', scope: 'default', key: 'missing', requiredVersion: '^1.0.0', version: null, from: null, fallback: false },
    ]);
    expect(debug.apps.host.resolutions[2]).toMatchObject({ failed: true, message: expect.stringMatching(/^Shared module missing/) });
    expect(debug.apps.remote.resolutions.map(pick)).toEqual([
      { app: 'remote', scope: 'default', key: 'react', requiredVersion: '^17.0.0', version: '17.0.2', from: 'remote', fallback: false },
    ]);
    expect(debug.resolutions).toHaveLength(4);
  });

  it('counts an eager-consumption failure as failed', () => {
    const global = {};
    const require = createFakeRequire({ global, modules: { 500: consumeModule() }, chunks: { 30: {} } });
    const { debug } = installRuntime(
      require,
      data({
        uniqueName: 'solo',
        init: { default: [['react', '18.2.0', 10, [30]]] },
        consumes: { 500: consume('react') },
        initial: [500],
      }),
      { debug: true }
    );
    expect(() => require(500)).toThrow(/^Shared module is not available for eager consumption: 500/);
    expect(debug.getHealthMetrics()).toMatchObject({ total: 1, failed: 1 });
    expect(debug.resolutions[0]).toMatchObject({ app: 'solo', key: 'react', version: '18.2.0', failed: true });
  });
});
