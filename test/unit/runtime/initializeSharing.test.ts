import {
  captureWarnings,
  createContainer,
  createFakeRequire,
  data,
  exporting,
  flush,
  installRuntime,
  FakeRequire,
  ProvideTuple,
  RuntimeData,
  ShareScope,
} from './fakeWebpackRequire';

function app(runtimeData: RuntimeData, modules: FakeRequire['m'] = {}) {
  const require = createFakeRequire({ modules, chunks: { 30: { 10: exporting('react 18 from chunk') } } });
  installRuntime(require, runtimeData);
  return require;
}

describe('runtime/remotes.js is embedded only when the data lists remote ids', () => {
  it('a build without remotes leaves it out; I still registers provides and is done synchronously', () => {
    const require = createFakeRequire({ chunks: { 30: { 10: exporting('react 18 from chunk') } } });
    const { parts } = installRuntime(require, reactProvide);
    expect(parts.remotes).toBe(false);
    expect(require.I!('default')).toBe(1);
    expect(require.S!.default.react['18.2.0']).toMatchObject({ from: 'host', eager: false });
  });

  it('a build with a remote in any scope embeds it', () => {
    const require = createFakeRequire({ modules: { 50: exporting({ init: () => 1 }) } });
    const { parts } = installRuntime(require, data({ uniqueName: 'host', init: { default: [['react', '18.2.0', 10, []]], other: [50] } }));
    expect(parts.remotes).toBe(true);
  });
});

const reactProvide = data({ uniqueName: 'host', init: { default: [['react', '18.2.0', 10, [30]]] } });

describe('__webpack_require__.I', () => {
  it("registers this build's provides into the named scope, nothing into others", () => {
    const require = app(
      data({
        uniqueName: 'host',
        init: { default: [['react', '18.2.0', 10, [30]]], other: [['lodash', '4.17.21', 11, [], 1]] },
      })
    );
    expect(require.I!('default')).toBe(1);
    expect(Object.keys(require.S!)).toEqual(['default']);
    expect(require.S!.default.react['18.2.0']).toMatchObject({ from: 'host', eager: false });
    require.I!('other');
    expect(require.S!.other.lodash['4.17.21']).toMatchObject({ from: 'host', eager: true });
  });

  it('gives a lazy provide a getter that loads its chunk', async () => {
    const require = app(reactProvide);
    require.I!('default');
    const factory = await require.S!.default.react['18.2.0'].get();
    expect(require.loadedChunks).toEqual([30]);
    expect(factory()).toBe('react 18 from chunk');
  });

  it('creates an empty scope for a name it has nothing for', () => {
    const require = app(reactProvide);
    expect(require.I!('unknown')).toBe(1);
    expect(require.S!.unknown).toEqual({});
  });

  it('is idempotent per scope: later calls return the same promise, then the done marker 1', async () => {
    let resolveContainer!: (c: unknown) => void;
    const require = app(data({ uniqueName: 'host', init: { default: [['react', '18.2.0', 10, [30]], 50] } }), {
      50: (module) => {
        module.exports = new Promise((resolve) => (resolveContainer = resolve));
      },
    });
    const first = require.I!('default');
    expect(first).toBeInstanceOf(Promise);
    expect(require.I!('default')).toBe(first);
    expect(require.I!('default', [])).toBe(first);
    let initCalls = 0;
    resolveContainer({ init: () => void initCalls++ });
    await expect(first).resolves.toBe(1);
    expect(require.I!('default')).toBe(1);
    expect(initCalls).toBe(1);
  });

  it('does not register its provides twice', () => {
    const require = app(reactProvide);
    require.I!('default');
    const entry = require.S!.default.react['18.2.0'];
    require.S!.default.react['18.2.0'] = { ...entry, from: 'someone else' };
    require.I!('default');
    expect(require.S!.default.react['18.2.0'].from).toBe('someone else');
  });

  it('honours a share scope handed in by a container (S[scope] set before I runs)', () => {
    const require = app(reactProvide);
    const handedIn = { lodash: {} };
    const container = createContainer(require);
    expect(container.init(handedIn as never)).toBe(1);
    expect(require.S!.default).toBe(handedIn);
    expect(Object.keys(handedIn)).toEqual(['lodash', 'react']);
  });

  it('is reachable the way user code calls __webpack_init_sharing__ and reads __webpack_share_scopes__', async () => {
    const require = app(reactProvide);
    const __webpack_init_sharing__ = require.I!;
    const __webpack_share_scopes__ = require.S!;
    await __webpack_init_sharing__('default');
    expect(Object.keys(__webpack_share_scopes__.default)).toEqual(['react']);
  });
});

describe('registration rule', () => {
  /**
   * App `uniqueName` registers `provide` into `scope` (shared by every app of the test, as
   * containers hand it over) through its own `I`. Its module `provide[2]` exports
   * "<key> <version> from <uniqueName>".
   */
  function register(scope: ShareScope, uniqueName: string, provide: ProvideTuple) {
    const require = createFakeRequire({ modules: { [provide[2]]: exporting(`${provide[0]} ${provide[1]} from ${uniqueName}`) } });
    require.S = { default: scope };
    installRuntime(require, data({ uniqueName, init: { default: [provide] } }));
    require.I!('default');
  }
  const lazy = (key = 'react', version = '18.2.0'): ProvideTuple => [key, version, 10, []];
  const eager = (key = 'react', version = '18.2.0'): ProvideTuple => [key, version, 10, [], 1];

  it('adds an entry with get, from and eager', () => {
    const scope: ShareScope = {};
    register(scope, 'app', lazy());
    expect(Object.keys(scope.react['18.2.0']).sort()).toEqual(['eager', 'from', 'get']);
    expect(scope.react['18.2.0']).toMatchObject({ from: 'app', eager: false });
    const factory = scope.react['18.2.0'].get() as () => unknown;
    expect(factory()).toBe('react 18.2.0 from app');
  });

  it('keeps several versions of one key side by side', () => {
    const scope: ShareScope = {};
    register(scope, 'app', lazy('react', '17.0.2'));
    register(scope, 'app', lazy('react', '18.2.0'));
    expect(Object.keys(scope.react)).toEqual(['17.0.2', '18.2.0']);
  });

  it('never replaces a loaded entry, not even by an eager one from a larger name', () => {
    const scope: ShareScope = {};
    register(scope, 'a', lazy());
    const first = scope.react['18.2.0'];
    first.loaded = 1;
    register(scope, 'z', eager());
    expect(scope.react['18.2.0']).toBe(first);
  });

  it('lets an eager entry replace a lazy one, whatever the names', () => {
    const scope: ShareScope = {};
    register(scope, 'z', lazy());
    register(scope, 'a', eager());
    expect(scope.react['18.2.0']).toMatchObject({ from: 'a', eager: true });
  });

  it('does not let a lazy entry replace an eager one, whatever the names', () => {
    const scope: ShareScope = {};
    register(scope, 'a', eager());
    register(scope, 'z', lazy());
    expect(scope.react['18.2.0']).toMatchObject({ from: 'a', eager: true });
  });

  it('between equals, the larger uniqueName wins in either order', () => {
    for (const order of [['app1', 'app2'], ['app2', 'app1']]) {
      const scope: ShareScope = {};
      for (const name of order) register(scope, name, lazy());
      expect(scope.react['18.2.0'].from).toBe('app2');
    }
  });

  it('treats a share key like "constructor" as a plain key', () => {
    const scope: ShareScope = {};
    register(scope, 'app', lazy('constructor', '1.0.0'));
    expect(Object.keys(scope.constructor)).toEqual(['1.0.0']);
    expect(({} as any).constructor).toBe(Object);
  });
});

describe('remote containers', () => {
  it('initialises sync and async containers with the share scope and the initScope array', async () => {
    const calls: [string, unknown, unknown][] = [];
    const keysSeen: string[][] = [];
    const container = (name: string) => ({
      init: (shareScope: ShareScope, initScope: unknown) => {
        calls.push([name, shareScope, initScope]);
        keysSeen.push(Object.keys(shareScope));
        return Promise.resolve();
      },
    });
    const require = app(data({ uniqueName: 'host', init: { default: [['react', '18.2.0', 10, [30]], 50, 51] } }), {
      50: exporting(container('sync')),
      51: exporting(Promise.resolve(container('async'))),
    });
    const initScope: unknown[] = [];
    const result = require.I!('default', initScope);
    // The sync container was initialised right away, after our own provides were registered.
    expect(calls.map((c) => c[0])).toEqual(['sync']);
    await expect(result).resolves.toBe(1);
    expect(calls.map((c) => c[0])).toEqual(['sync', 'async']);
    for (const [, shareScope, passedInitScope] of calls) {
      expect(shareScope).toBe(require.S!.default);
      expect(passedInitScope).toBe(initScope);
    }
    // Both saw this build's provide already registered.
    expect(keysSeen).toEqual([['react'], ['react']]);
  });

  it("initialises only the named scope's containers", async () => {
    const initialised: string[] = [];
    const require = app(data({ uniqueName: 'host', init: { default: [50], other: [51] } }), {
      50: exporting({ init: () => void initialised.push('default remote') }),
      51: exporting({ init: () => void initialised.push('other remote') }),
    });
    expect(require.I!('default')).toBe(1);
    expect(initialised).toEqual(['default remote']);
    expect(require.I!('other')).toBe(1);
    expect(initialised).toEqual(['default remote', 'other remote']);
  });

  it('returns 1 synchronously when every container initialises synchronously', () => {
    const require = app(data({ uniqueName: 'host', init: { default: [50] } }), {
      50: exporting({ init: () => 1 }),
    });
    expect(require.I!('default')).toBe(1);
  });

  it('tolerates failing remotes with a warning and still initialises the others', async () => {
    const warnings = captureWarnings();
    try {
      const initialised: string[] = [];
      const ok = (name: string) => ({ init: () => void initialised.push(name) });
      const require = app(data({ uniqueName: 'host', init: { default: [50, 51, 52, 53, 54] } }), {
        50: () => {
          throw new Error('script error');
        },
        51: exporting(Promise.reject(new Error('remote unreachable'))),
        52: exporting({ init: () => Promise.reject(new Error('init rejected')) }),
        53: exporting(ok('sync ok')),
        54: exporting(Promise.resolve(ok('async ok'))),
      });
      await expect(require.I!('default')).resolves.toBe(1);
      expect(initialised.sort()).toEqual(['async ok', 'sync ok']);
      expect(warnings.messages).toHaveLength(3);
      expect(warnings.messages[0]).toBe(
        'Initialization of sharing external failed: Error: script error (remote module 50, share scope default, in host)'
      );
      expect(warnings.messages.slice(1).sort()).toEqual([
        'Initialization of sharing external failed: Error: init rejected (remote module 52, share scope default, in host)',
        'Initialization of sharing external failed: Error: remote unreachable (remote module 51, share scope default, in host)',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('stops at cycles: two containers that initialise each other share one scope and terminate', async () => {
    // App A references container B and vice versa, each through its own runtime.
    const b = createFakeRequire({ chunks: { 31: { 20: exporting('lodash 4.17.21 from b') } } });
    const a = createFakeRequire({ chunks: { 30: { 10: exporting('react 18 from a') } } });
    const containerA = createContainer(a);
    const containerB = createContainer(b);
    const initSpyA = jest.spyOn(containerA, 'init');
    const initSpyB = jest.spyOn(containerB, 'init');
    a.m[90] = exporting(containerB);
    b.m[91] = exporting(Promise.resolve(containerA));
    installRuntime(a, data({ uniqueName: 'a', init: { default: [['react', '18.2.0', 10, [30]], 90] } }));
    installRuntime(b, data({ uniqueName: 'b', init: { default: [['lodash', '4.17.21', 20, [31]], 91] } }));

    await expect(a.I!('default')).resolves.toBe(1);
    await flush();
    expect(b.S!.default).toBe(a.S!.default);
    expect(Object.keys(a.S!.default).sort()).toEqual(['lodash', 'react']);
    // B initialised A back once; A recognised its own token in initScope and stopped there.
    expect(initSpyB).toHaveBeenCalledTimes(1);
    expect(initSpyA).toHaveBeenCalledTimes(1);
    expect(initSpyA.mock.results[0].value).toBeUndefined();
    // Without the initScope check each init would wait for the other forever.
  }, 2000);
});
