import { createFakeRequire, createShareScope, exporting, ShareScope } from './fakeWebpackRequire';

function setup(uniqueName: string, require = createFakeRequire()) {
  const share = createShareScope(require, { uniqueName });
  return { require, share };
}

const lazy = () => Promise.resolve(() => 'lazy');
const eagerGet = () => () => 'eager';

describe('share scope map', () => {
  it('creates __webpack_require__.S when missing', () => {
    const { require } = setup('app');
    expect(require.S).toEqual({});
  });

  it('keeps a map created before it (a container runtime, Rspack sharing)', () => {
    const require = createFakeRequire();
    const existing = { default: {} };
    require.S = existing;
    setup('app', require);
    expect(require.S).toBe(existing);
  });
});

describe('registration rule', () => {
  it('adds an entry with get, from and eager', () => {
    const { share } = setup('app');
    const scope: ShareScope = {};
    share.register(scope, 'react', '18.2.0', lazy, 0);
    expect(scope.react['18.2.0']).toEqual({ get: lazy, from: 'app', eager: false });
  });

  it('keeps several versions of one key side by side', () => {
    const { share } = setup('app');
    const scope: ShareScope = {};
    share.register(scope, 'react', '17.0.2', lazy, 0);
    share.register(scope, 'react', '18.2.0', lazy, 0);
    expect(Object.keys(scope.react)).toEqual(['17.0.2', '18.2.0']);
  });

  it('never replaces a loaded entry, not even by an eager one from a larger name', () => {
    const scope: ShareScope = {};
    setup('a').share.register(scope, 'react', '18.2.0', lazy, 0);
    const first = scope.react['18.2.0'];
    first.loaded = 1;
    setup('z').share.register(scope, 'react', '18.2.0', eagerGet, 1);
    expect(scope.react['18.2.0']).toBe(first);
  });

  it('lets an eager entry replace a lazy one, whatever the names', () => {
    const scope: ShareScope = {};
    setup('z').share.register(scope, 'react', '18.2.0', lazy, 0);
    setup('a').share.register(scope, 'react', '18.2.0', eagerGet, 1);
    expect(scope.react['18.2.0']).toMatchObject({ from: 'a', eager: true, get: eagerGet });
  });

  it('does not let a lazy entry replace an eager one, whatever the names', () => {
    const scope: ShareScope = {};
    setup('a').share.register(scope, 'react', '18.2.0', eagerGet, 1);
    setup('z').share.register(scope, 'react', '18.2.0', lazy, 0);
    expect(scope.react['18.2.0']).toMatchObject({ from: 'a', eager: true });
  });

  it('between equals, the larger uniqueName wins in either order', () => {
    for (const order of [['app1', 'app2'], ['app2', 'app1']]) {
      const scope: ShareScope = {};
      for (const name of order) setup(name).share.register(scope, 'react', '18.2.0', lazy, 0);
      expect(scope.react['18.2.0'].from).toBe('app2');
    }
  });

  it('treats a share key like "constructor" as a plain key', () => {
    const { share } = setup('app');
    const scope: ShareScope = {};
    share.register(scope, 'constructor', '1.0.0', lazy, 0);
    expect(Object.keys(scope.constructor)).toEqual(['1.0.0']);
    expect(({} as any).constructor).toBe(Object);
  });
});

describe('getter', () => {
  it('returns the factory synchronously when no chunk has to load', () => {
    const require = createFakeRequire({ modules: { 7: exporting('seven') } });
    const { share } = setup('app', require);
    const factory = share.getter(7, [])();
    expect(typeof factory).toBe('function');
    expect(require.executed).toEqual([]);
    expect(factory()).toBe('seven');
  });

  it('loads the chunks first and then resolves to the factory', async () => {
    const require = createFakeRequire({ chunks: { 3: { 7: exporting('seven') }, 4: {} } });
    const { share } = setup('app', require);
    const result = share.getter(7, [3, 4])();
    expect(result).toBeInstanceOf(Promise);
    const factory = await result;
    expect(require.loadedChunks).toEqual([3, 4]);
    expect(factory()).toBe('seven');
  });

  it('calls __webpack_require__.e with the chunk id only (its second argument is fetch priority)', async () => {
    const require = createFakeRequire({ chunks: { 3: { 7: exporting('seven') } } });
    const calls: unknown[][] = [];
    const e = require.e;
    require.e = (...args: unknown[]) => {
      calls.push(args);
      return e(args[0] as number);
    };
    await setup('app', require).share.getter(7, [3])();
    expect(calls).toEqual([[3]]);
  });
});
