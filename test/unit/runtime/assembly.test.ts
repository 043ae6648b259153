/*
 * The runtime as the plugin ships it: lib/runtime-modules/renderRuntime.ts assembles the
 * runtime/ factories around one build's data, embedding the optional parts (remotes.js,
 * asyncStartup.js, the consume code, debug.js) only when that build needs them. These tests
 * run the assembled code itself on a fake __webpack_require__, with and without each part.
 */
import type { RuntimeData as PluginRuntimeData } from '../../../lib/core/runtimeData';
import { renderRuntime, runtimeFunctionSource, type RuntimeOptions } from '../../../lib/runtime-modules/renderRuntime';
import {
  captureWarnings,
  consume,
  consumeModule,
  createFakeRequire,
  data,
  exporting,
  FakeRequire,
  RuntimeData,
  ShareScope,
} from './fakeWebpackRequire';

function render(runtimeData: RuntimeData, options: Partial<RuntimeOptions> = {}): string {
  return renderRuntime(runtimeData as unknown as PluginRuntimeData, { debug: false, ...options });
}

/** Runs the runtime module's code the way a bundle does: inside its `__webpack_require__` scope. */
function run(require: FakeRequire, code: string): FakeRequire {
  new Function('__webpack_require__', code)(require);
  return require;
}

const shipped = (code: string, file: string) => code.includes(runtimeFunctionSource(file));

/** "host" provides react lazily (chunk 30) and consumes it (500) from its bootstrap chunk 5. */
const hostData = (init: (RuntimeData[1][string][number])[] = []) =>
  data({
    uniqueName: 'host',
    init: { default: [['react', '18.2.0', 10, [30]], ...init] },
    consumes: { 500: consume('react', { range: '^18.0.0' }) },
    chunks: { 5: [500] },
  });

function hostRequire(modules: FakeRequire['m'] = {}) {
  return createFakeRequire({
    modules,
    chunks: { 5: { 500: consumeModule() }, 30: { 10: exporting('react 18 from host') } },
  });
}

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => {
  warnings = captureWarnings();
});
afterEach(() => warnings.restore());

describe('a build without remote containers', () => {
  const code = render(hostData());

  it('ships no container initialisation', () => {
    expect(shipped(code, 'remotes')).toBe(false);
    expect(code).not.toContain('Initialization of sharing external failed');
  });

  it('still registers its provides, is done synchronously, and consumes', async () => {
    const require = run(hostRequire(), code);
    expect(require.I!('default')).toBe(1);
    expect(require.S!.default.react['18.2.0']).toMatchObject({ from: 'host', eager: false });
    await require.e(5);
    expect(require(500)).toBe('react 18 from host');
  });
});

describe('a build with remote containers', () => {
  const code = render(hostData([50, 51, 52]));

  it('ships runtime/remotes.js', () => {
    expect(shipped(code, 'remotes')).toBe(true);
  });

  it('initialises the containers after its own provides, survives a failing one, then consumes', async () => {
    const seen: string[][] = [];
    const container = { init: (scope: ShareScope) => void seen.push(Object.keys(scope)) };
    const require = run(
      hostRequire({
        50: () => {
          throw new Error('script error');
        },
        51: exporting(Promise.resolve(container)),
        52: exporting(Promise.reject(new Error('remote unreachable'))),
      }),
      code
    );
    const result = require.I!('default');
    expect(result).toBeInstanceOf(Promise);
    await expect(result).resolves.toBe(1);
    expect(require.I!('default')).toBe(1);
    expect(seen).toEqual([['react']]);
    expect(warnings.messages.sort()).toEqual([
      'Initialization of sharing external failed: Error: remote unreachable (remote module 52, share scope default, in host)',
      'Initialization of sharing external failed: Error: script error (remote module 50, share scope default, in host)',
    ]);
    await require.e(5);
    expect(require(500)).toBe('react 18 from host');
  });

  it('counts remote ids in any share scope', () => {
    const runtimeData = hostData();
    runtimeData[1].other = [60];
    expect(shipped(render(runtimeData), 'remotes')).toBe(true);
  });
});

describe('async startup', () => {
  /** An entry whose only consume (500) is in the initial chunk and needs chunk 30 loaded. */
  const initialData = () =>
    data({
      uniqueName: 'host',
      init: { default: [['react', '18.2.0', 10, [30]]] },
      consumes: { 500: consume('react', { range: '^18.0.0' }) },
      initial: [500],
    });
  function entryRequire() {
    const require = createFakeRequire({ modules: { 500: consumeModule() }, chunks: { 30: { 10: exporting('react 18') } } });
    require.x = () => require(500);
    return require;
  }

  it('with the option: the entry starts once the initial consumes are resolved', async () => {
    const code = render(initialData(), { asyncStartup: true });
    expect(shipped(code, 'asyncStartup')).toBe(true);
    const require = run(entryRequire(), code);
    expect(typeof require.FSs).toBe('function');
    await expect(require.x!()).resolves.toBe('react 18');
  });

  it('without it: no FSs, startup untouched, and a lazy initial consume is the eager-consumption error', () => {
    const code = render(initialData());
    expect(shipped(code, 'asyncStartup')).toBe(false);
    const require = entryRequire();
    const startup = require.x;
    run(require, code);
    expect(require.FSs).toBeUndefined();
    expect(require.x).toBe(startup);
    expect(() => require.x!()).toThrow(/^Shared module is not available for eager consumption: 500 \(react\)/);
  });
});

describe('a build that provides but consumes nothing', () => {
  const provideOnly = data({ uniqueName: 'lib', init: { default: [['react', '18.2.0', 10, []], 50] } });

  it('ships neither the consume code nor semver, and still initialises sharing', async () => {
    const code = render(provideOnly);
    expect(shipped(code, 'consumes')).toBe(false);
    expect(shipped(code, 'semver')).toBe(false);
    let initialised = false;
    const require = run(createFakeRequire({ modules: { 50: exporting({ init: () => void (initialised = true) }) } }), code);
    expect(require.FSc).toBeUndefined();
    expect(require.f.consumes).toBeUndefined();
    expect(require.I!('default')).toBe(1);
    expect(initialised).toBe(true);
    expect(require.S!.default.react['18.2.0'].from).toBe('lib');
  });

  it('keeps the consume code when debug or asyncStartup needs it', () => {
    for (const options of [{ debug: true }, { asyncStartup: true }]) {
      const code = render(provideOnly, options);
      expect(shipped(code, 'consumes')).toBe(true);
      expect(shipped(code, 'semver')).toBe(true);
    }
  });
});

describe('debug', () => {
  it('is shipped only with the option, and then joins the page-wide debug object', () => {
    expect(shipped(render(hostData()), 'debug')).toBe(false);
    const require = run(hostRequire(), render(hostData(), { debug: true }));
    expect(Object.keys(require.g.__webpack_module_federation_debug__.apps)).toEqual(['host']);
  });
});
