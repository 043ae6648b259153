import {
  captureWarnings,
  consume,
  consumeModule,
  createFakeRequire,
  data,
  exporting,
  FakeOptions,
  flush,
  installRuntime,
  ConsumeTuple,
  ConsumesApi,
  EAGER,
  FakeRequire,
  ShareEntry,
  SINGLETON,
  STRICT,
} from './fakeWebpackRequire';

const CONSUME = 500; // the consume module's id
/** Every message ends with where the fixes are explained. */
const HINT = '.\nSee federated-share/runtime/README.md#troubleshooting';
const FALLBACK = 600; // the fallback module's id

/** A share-scope entry from another app whose `get` is a spy; lazy entries resolve asynchronously. */
function entry(from: string, exports: unknown, options: { eager?: boolean; loaded?: boolean } = {}) {
  const factory = jest.fn(() => exports);
  const get = jest.fn(() => (options.eager ? factory : Promise.resolve(factory)));
  const e: ShareEntry = { get, from, eager: !!options.eager };
  if (options.loaded) e.loaded = 1;
  return e;
}

interface Page {
  require: FakeRequire;
  consumes: ConsumesApi;
  scope: Record<string, Record<string, ShareEntry>>;
}

/**
 * One app ("host") with one consume module `CONSUME` in chunk 5 and a fallback module
 * `FALLBACK` (in chunk 6 unless eager); `versions` are put into its default share scope as
 * if other apps had registered them.
 */
function page(c: ConsumeTuple, versions: Record<string, ShareEntry> = {}, extra: FakeOptions = {}): Page {
  const require = createFakeRequire({
    ...extra,
    modules: { [FALLBACK]: exporting('fallback'), ...extra.modules },
    chunks: { 5: { [CONSUME]: consumeModule() }, 6: {}, ...extra.chunks },
  });
  require.S = { default: { react: versions } };
  if (Object.keys(versions).length === 0) delete require.S.default.react;
  const { consumes } = installRuntime(
    require,
    data({ uniqueName: 'host', consumes: { [CONSUME]: c }, chunks: { 5: [CONSUME] } })
  );
  return { require, consumes: consumes!, scope: require.S.default };
}

/** Loads chunk 5 like `import()` would, then requires the consume module. */
async function consumeAsync(p: Page): Promise<unknown> {
  await p.require.e(5);
  return p.require(CONSUME);
}

const lazyFallback = (range: string, flags = 0) => consume('react', { range, flags, fallback: [FALLBACK, [6]] });

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => {
  warnings = captureWarnings();
});
afterEach(() => warnings.restore());

describe('version selection', () => {
  it('takes the highest version satisfying the range, and loads only that one', async () => {
    const versions = {
      '1.0.0': entry('a', 'v1.0'),
      '1.5.0': entry('b', 'v1.5'),
      '2.0.0': entry('c', 'v2'),
    };
    const p = page(consume('react', { range: '^1.0.0' }), versions);
    await expect(consumeAsync(p)).resolves.toBe('v1.5');
    expect(versions['1.5.0'].get).toHaveBeenCalledTimes(1);
    expect(versions['1.0.0'].get).not.toHaveBeenCalled();
    expect(versions['2.0.0'].get).not.toHaveBeenCalled();
    expect(versions['1.5.0'].loaded).toBe(1);
    expect(versions['2.0.0'].loaded).toBeUndefined();
    expect(warnings.messages).toEqual([]);
  });

  it('takes a lower version when only it satisfies', async () => {
    const p = page(consume('react', { range: '~1.2.0' }), { '1.2.9': entry('a', 'v1.2'), '2.0.0': entry('b', 'v2') });
    await expect(consumeAsync(p)).resolves.toBe('v1.2');
  });

  it('takes the highest version when no version is required', async () => {
    const p = page(consume('react'), { '1.0.0': entry('a', 'v1'), '10.0.0': entry('b', 'v10'), '9.0.0': entry('c', 'v9') });
    await expect(consumeAsync(p)).resolves.toBe('v10');
  });

  it('reads the scope when consuming: a version registered after init counts', async () => {
    const p = page(consume('react', { range: '^18.0.0' }), { '18.0.0': entry('a', 'v18.0') });
    expect(p.require.I!('default')).toBe(1);
    p.scope.react['18.3.1'] = entry('late', 'v18.3');
    await expect(consumeAsync(p)).resolves.toBe('v18.3');
  });

  it('waits for remote containers to register before choosing', async () => {
    const require = createFakeRequire({
      modules: {
        50: exporting(
          Promise.resolve({
            init: (scope: Record<string, Record<string, ShareEntry>>) => {
              scope.react = { '18.2.0': entry('remote', 'remote react') };
            },
          })
        ),
      },
      chunks: { 5: { [CONSUME]: consumeModule() } },
    });
    installRuntime(
      require,
      data({
        uniqueName: 'host',
        init: { default: [50] },
        consumes: { [CONSUME]: consume('react', { range: '^18.0.0' }) },
        chunks: { 5: [CONSUME] },
      })
    );
    await require.e(5);
    expect(require(CONSUME)).toBe('remote react');
  });

  describe('singleton', () => {
    it('takes the loaded version over a higher one', async () => {
      const versions = { '17.0.2': entry('a', 'v17', { loaded: true }), '18.2.0': entry('b', 'v18') };
      const p = page(consume('react', { range: '>=17', flags: SINGLETON }), versions);
      await expect(consumeAsync(p)).resolves.toBe('v17');
      expect(versions['18.2.0'].get).not.toHaveBeenCalled();
    });

    it('takes the highest when none is loaded', async () => {
      const p = page(consume('react', { flags: SINGLETON }), { '17.0.2': entry('a', 'v17'), '18.2.0': entry('b', 'v18') });
      await expect(consumeAsync(p)).resolves.toBe('v18');
    });

    it('warns "Unsatisfied version" and still uses the loaded copy when it does not satisfy', async () => {
      const versions = { '17.0.2': entry('app1', 'v17', { loaded: true }), '18.2.0': entry('app2', 'v18', { eager: true }) };
      const p = page(consume('react', { range: '^18.0.0', flags: SINGLETON, fallback: [FALLBACK, [6]] }), versions);
      await expect(consumeAsync(p)).resolves.toBe('v17');
      expect(warnings.messages).toEqual([
        'Unsatisfied version 17.0.2 from app1 of shared singleton module react (required ^18.0.0), consumed by host.\n' +
          'Available versions: 17.0.2 from app1, 18.2.0 from app2' +
          HINT,
      ]);
    });

    it('throws with strictVersion, and does not use the fallback', async () => {
      const versions = { '17.0.2': entry('app1', 'v17') };
      const flags = SINGLETON | STRICT;
      const p = page(consume('react', { range: '^18.0.0', flags, fallback: [FALLBACK, [6]] }), versions);
      await p.require.e(5);
      expect(() => p.require(CONSUME)).toThrow(
        new Error(
          'Unsatisfied version 17.0.2 from app1 of shared singleton module react (required ^18.0.0), consumed by host.\n' +
            'Available versions: 17.0.2 from app1' +
            HINT
        )
      );
      expect(versions['17.0.2'].get).not.toHaveBeenCalled();
      expect(p.require.loadedChunks).toEqual([5]);
      expect(warnings.messages).toEqual([]);
    });
  });

  describe('no satisfying version', () => {
    it('strictVersion (the default with a fallback): uses the fallback, loading its chunk', async () => {
      const versions = { '17.0.2': entry('app1', 'v17') };
      const p = page(lazyFallback('^18.0.0', STRICT), versions);
      await expect(consumeAsync(p)).resolves.toBe('fallback');
      expect(p.require.loadedChunks).toEqual([5, 6]);
      expect(versions['17.0.2'].get).not.toHaveBeenCalled();
      expect(warnings.messages).toEqual([]);
    });

    it('non-strict: warns and uses the highest version present', async () => {
      const versions = { '1.0.0': entry('app1', 'v1'), '2.0.0': entry('app2', 'v2') };
      const p = page(lazyFallback('^3.0.0'), versions);
      await expect(consumeAsync(p)).resolves.toBe('v2');
      expect(warnings.messages).toEqual([
        'No satisfying version (^3.0.0) of shared module react found in shared scope default, consumed by host.\n' +
          'Available versions: 1.0.0 from app1, 2.0.0 from app2' +
          HINT,
      ]);
    });

    it('import: false: throws, listing the available versions and their providers', async () => {
      const p = page(consume('react', { range: '^3.0.0', flags: STRICT }), {
        '1.0.0': entry('app1', 'v1'),
        '2.0.0': entry('app2', 'v2'),
      });
      await p.require.e(5);
      expect(() => p.require(CONSUME)).toThrow(
        new Error(
          'No satisfying version (^3.0.0) of shared module react found in shared scope default, consumed by host.\n' +
            'Available versions: 1.0.0 from app1, 2.0.0 from app2' +
            HINT
        )
      );
    });
  });

  describe('key missing from the scope', () => {
    it('uses the fallback', async () => {
      const p = page(lazyFallback('^18.0.0', STRICT));
      await expect(consumeAsync(p)).resolves.toBe('fallback');
    });

    it('uses the fallback of a non-strict singleton too', async () => {
      const p = page(lazyFallback('^18.0.0', SINGLETON));
      await expect(consumeAsync(p)).resolves.toBe('fallback');
    });

    it('throws when there is no fallback', async () => {
      const p = page(consume('react', { range: '^18.0.0' }));
      await p.require.e(5);
      expect(() => p.require(CONSUME)).toThrow(
        new Error("Shared module react doesn't exist in shared scope default, consumed by host.\nAvailable versions: none" + HINT)
      );
    });

    it('looks in the consume\'s own share scope only', async () => {
      const p = page(consume('react', { scope: 'other', fallback: [FALLBACK, [6]] }), { '18.2.0': entry('app1', 'v18') });
      await expect(consumeAsync(p)).resolves.toBe('fallback');
    });
  });
});

describe('chunk loading', () => {
  it("resolves a chunk's consumes before the chunk's modules run, once per consume", async () => {
    const versions = { '18.2.0': entry('app1', 'react') };
    const order: string[] = [];
    const p = page(consume('react'), versions, {
      chunks: {
        5: {
          [CONSUME]: consumeModule(),
          501: (module, _e, require) => {
            order.push('chunk module runs');
            module.exports = require(CONSUME);
          },
        },
      },
    });
    (versions['18.2.0'].get as jest.Mock).mockImplementation(() => {
      order.push('get');
      return Promise.resolve(() => 'react');
    });
    await Promise.all([p.require.e(5), p.require.e(5)]);
    await p.require.e(5);
    expect(p.require(501)).toBe('react');
    expect(order).toEqual(['get', 'chunk module runs']);
  });

  it('leaves chunks without consumes alone', async () => {
    const p = page(consume('react'), { '18.2.0': entry('app1', 'react') });
    await p.require.e(6);
    expect(p.scope.react['18.2.0'].get).not.toHaveBeenCalled();
  });

  it('keeps serving the cached factory after JSONP re-installs __webpack_require__.m[id]', async () => {
    const versions = { '18.2.0': entry('app1', 'react') };
    const p = page(consume('react'), versions);
    await consumeAsync(p);
    // Another chunk holding the same consume module is installed: m[id] is replaced and
    // the module is evaluated anew.
    p.require.m[CONSUME] = consumeModule();
    delete p.require.c[CONSUME];
    expect(p.require(CONSUME)).toBe('react');
    expect(versions['18.2.0'].get).toHaveBeenCalledTimes(1);
  });

  it('keeps an asynchronous failure for require time, without failing the chunk load', async () => {
    const p = page(lazyFallback('^18.0.0', STRICT), {}, { failingChunks: [6] });
    await expect(p.require.e(5)).resolves.toBeDefined();
    expect(() => p.require(CONSUME)).toThrow('Loading chunk 6 failed.');
    expect(() => p.require(CONSUME)).toThrow('Loading chunk 6 failed.');
  });

  it('works in a build without chunk loading (no __webpack_require__.f)', () => {
    const require = createFakeRequire({ noChunkLoading: true });
    expect(() => installRuntime(require, data({ uniqueName: 'host' }))).not.toThrow();
    expect(require.f).toBeUndefined();
  });
});

describe('initial (eager) consumption', () => {
  function initialPage(
    c: ConsumeTuple,
    init: (string | number | [string, string, number, number[], 1?])[] = [],
    options: { asyncStartup?: boolean; startup?: () => unknown } = {}
  ) {
    const require = createFakeRequire({
      modules: {
        [CONSUME]: consumeModule(),
        [FALLBACK]: exporting('fallback'),
        10: exporting('own react'),
        50: exporting(Promise.resolve({ init: () => undefined })),
      },
      chunks: { 30: { 11: exporting('own lazy react') } },
    });
    // The bundler's startup: runs the entry module, which requires the consume module.
    require.x = options.startup ?? (() => require(CONSUME));
    installRuntime(
      require,
      data({ uniqueName: 'host', init: { default: init as never }, consumes: { [CONSUME]: c }, initial: [CONSUME] }),
      { asyncStartup: options.asyncStartup }
    );
    return require;
  }

  it('resolves an eager consume synchronously from an eager provide', () => {
    const require = initialPage(consume('react', { range: '^18.0.0', flags: EAGER }), [['react', '18.2.0', 10, [], 1]]);
    expect(require(CONSUME)).toBe('own react');
    expect(require.S!.default.react['18.2.0'].loaded).toBe(1);
  });

  it('does not wait for remotes when eager, and sees only eager entries', () => {
    const require = initialPage(consume('react', { flags: EAGER | STRICT, fallback: [FALLBACK, []] }), [
      ['react', '18.2.0', 11, [30]],
      50,
    ]);
    expect(require(CONSUME)).toBe('fallback');
    expect(require.S!.default.react['18.2.0'].loaded).toBeUndefined();
  });

  it('eager without any eager entry and no fallback: says so and lists the lazy ones', () => {
    const require = initialPage(consume('react', { flags: EAGER }), [['react', '18.2.0', 11, [30]]]);
    expect(() => require(CONSUME)).toThrow(
      new Error(
        "Shared module react doesn't exist in shared scope default, consumed eagerly by host.\n" +
          'Available versions: 18.2.0 from host' +
          HINT
      )
    );
  });

  it('resolves once: evaluating the consume module again reuses the cached factory', () => {
    const require = initialPage(consume('react', { flags: EAGER }), [['react', '18.2.0', 10, [], 1]]);
    require(CONSUME);
    const get = jest.spyOn(require.S!.default.react['18.2.0'], 'get');
    delete require.c[CONSUME];
    require.m[CONSUME] = consumeModule();
    expect(require(CONSUME)).toBe('own react');
    expect(get).not.toHaveBeenCalled();
  });

  it('resolves a non-eager initial consume synchronously when nothing has to load', () => {
    const require = initialPage(consume('react'), [['react', '18.2.0', 10, []]]);
    expect(require(CONSUME)).toBe('own react');
  });

  const notEager =
    'Shared module is not available for eager consumption: 500 (react), consumed by host.\nAvailable versions: 18.2.0 from host' + HINT;

  it('throws "not available for eager consumption" when the chosen module needs a chunk', () => {
    const require = initialPage(consume('react'), [['react', '18.2.0', 11, [30]]]);
    expect(() => require(CONSUME)).toThrow(new Error(notEager));
  });

  it('throws "not available for eager consumption" while remote containers still initialise', () => {
    const require = initialPage(consume('react', { fallback: [FALLBACK, []] }), [['react', '18.2.0', 10, []], 50]);
    expect(() => require(CONSUME)).toThrow(new Error(notEager));
    // Nothing was chosen, so nothing was marked as loaded.
    expect(require.S!.default.react['18.2.0'].loaded).toBeUndefined();
  });

  describe('async startup (the asyncStartup option, runtime/asyncStartup.js)', () => {
    const lazyReact: [string, string, number, number[]] = ['react', '18.2.0', 11, [30]];

    it('delays the entry until every initial consume is resolved through the async path', async () => {
      const order: string[] = [];
      const require = initialPage(consume('react', { range: '^18.0.0' }), [lazyReact, 50], {
        asyncStartup: true,
        startup: () => {
          order.push(`entry runs after chunks ${require.loadedChunks.join()}`);
          return require(CONSUME);
        },
      });
      const started = require.x!();
      expect(order).toEqual([]);
      await expect(started).resolves.toBe('own lazy react');
      expect(order).toEqual(['entry runs after chunks 30']);
    });

    it('FSs resolves the initial consumes, loading their chunks first', async () => {
      const require = initialPage(consume('react', { range: '^18.0.0' }), [lazyReact, 50], { asyncStartup: true });
      await require.FSs!();
      expect(require.loadedChunks).toEqual([30]);
      expect(require(CONSUME)).toBe('own lazy react');
    });

    it('keeps a resolution error for the require, and still starts the entry', async () => {
      const require = initialPage(consume('react', { range: '^18.0.0' }), [], { asyncStartup: true, startup: () => 'started' });
      await expect(require.FSs!()).resolves.toBeDefined();
      await expect(require.x!()).resolves.toBe('started');
      expect(() => require(CONSUME)).toThrow(/^Shared module react doesn't exist in shared scope default/);
    });

    it('is left out without the option: no FSs, startup untouched, initial consumes resolve on require', () => {
      const startup = () => 'started';
      const require = initialPage(consume('react'), [['react', '18.2.0', 10, []]], { startup });
      expect(require.FSs).toBeUndefined();
      expect(require.x).toBe(startup);
      expect(require(CONSUME)).toBe('own react');
    });
  });
});

describe('debug hook', () => {
  it('reports each resolution to onResolve when set', async () => {
    const versions = { '17.0.2': entry('app1', 'v17') };
    const p = page(lazyFallback('^18.0.0', STRICT), versions);
    const onResolve = jest.fn();
    p.consumes.onResolve = onResolve;
    await consumeAsync(p);
    await flush();
    expect(onResolve).toHaveBeenCalledTimes(1);
    const [id, c, result] = onResolve.mock.calls[0];
    expect(id).toBe(CONSUME);
    expect(c[1]).toBe('react');
    expect(result[3]).toBeUndefined(); // no entry: the fallback was used
    expect(result[2]).toBeFalsy();
  });
});
