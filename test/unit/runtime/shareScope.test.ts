import { captureWarnings, createFakeRequire, createShareScope, exporting } from './fakeWebpackRequire';

// The registration rule lives with `__webpack_require__.I`: initializeSharing.test.ts.

function setup(uniqueName: string, require = createFakeRequire()) {
  const share = createShareScope(require, [uniqueName, {}, {}, {}, []]);
  return { require, share };
}

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

describe('warn', () => {
  it('writes to console.warn', () => {
    const warnings = captureWarnings();
    try {
      setup('app').share.warn('careful');
      expect(warnings.messages).toEqual(['careful']);
    } finally {
      warnings.restore();
    }
  });
});
