import path from 'node:path';
import fs from 'node:fs';
import { CachedInputFileSystem, ResolverFactory } from 'enhanced-resolve';
import {
  buildMatchTable,
  classifyRequestKey,
  createRequestFilter,
  matchRequest,
  matchResource,
  type MatchableConfig,
  type ResolveRequest,
} from '../../lib/core/matching';

interface TestConfig extends MatchableConfig {
  import?: string | false | undefined;
  tag?: string;
}

const cfg = (request: string, extra: Partial<TestConfig> = {}): TestConfig => ({
  request,
  shareKey: request,
  import: request,
  ...extra,
});

/** A resolver over a fixed table of `context|request` → path. */
const fakeResolver =
  (known: Record<string, string>): ResolveRequest =>
  async (context, request) =>
    known[`${context}|${request}`];

const noResolve: ResolveRequest = async () => {
  throw new Error('resolver must not be called for non-relative keys');
};

const APP = path.resolve(__dirname, '../fixtures/trees/app');
const nodeResolver = ResolverFactory.createResolver({
  fileSystem: new CachedInputFileSystem(fs, 4000),
  extensions: ['.js'],
  descriptionFiles: ['package.json'],
});
const enhancedResolve: ResolveRequest = (context, request) =>
  new Promise((resolve) =>
    nodeResolver.resolve({}, context, request, {}, (error, result) => resolve(error || !result ? undefined : result)),
  );

describe('classifyRequestKey', () => {
  it.each([
    ['react', 'exact'],
    ['@scope/pkg', 'exact'],
    ['lodash/fp', 'exact'],
    ['lodash/', 'prefix'],
    ['@scope/', 'prefix'],
    ['./src/store', 'relative'],
    ['../shared/x', 'relative'],
    ['.', 'relative'],
    ['..', 'relative'],
    ['./src/', 'relative'], // a path, as in webpack: relative/absolute win over the trailing slash
    ['/abs/x', 'absolute'],
    ['/abs/dir/', 'absolute'],
    ['C:\\abs\\x', 'absolute'],
    ['c:/abs/x', 'absolute'],
    ['\\\\server\\share\\x', 'absolute'],
    ['.hidden', 'exact'], // not `./`: a (weird) module name
  ])('%s is %s', (key, kind) => {
    expect(classifyRequestKey(key)).toBe(kind);
  });
});

describe('buildMatchTable', () => {
  it('sorts configs into exact, prefix and resolved buckets without resolving non-relative keys', async () => {
    const configs = [cfg('react'), cfg('lodash/'), cfg('/abs/store.js'), cfg('C:\\abs\\x.js')];
    const { table, diagnostics } = await buildMatchTable(configs, { context: '/ctx', resolve: noResolve });
    expect(diagnostics).toEqual([]);
    expect([...table.exact.keys()]).toEqual(['react']);
    expect(table.prefixes.map((p) => p.prefix)).toEqual(['lodash/']);
    expect([...table.resolved.keys()]).toEqual(['/abs/store.js', 'C:\\abs\\x.js']);
  });

  it('resolves relative keys from the context', async () => {
    const store = cfg('./src/store', { shareKey: 'store' });
    const { table, diagnostics } = await buildMatchTable([store], {
      context: '/ctx',
      resolve: fakeResolver({ '/ctx|./src/store': '/ctx/src/store.js' }),
    });
    expect(diagnostics).toEqual([]);
    expect(table.resolved.get('/ctx/src/store.js')).toBe(store);
  });

  it('resolves relative keys with enhanced-resolve over a fixture tree', async () => {
    const { table, diagnostics } = await buildMatchTable([cfg('./src/store', { shareKey: 'store' })], {
      context: APP,
      resolve: enhancedResolve,
    });
    expect(diagnostics).toEqual([]);
    expect([...table.resolved.keys()]).toEqual([path.join(APP, 'src/store.js')]);
  });

  it('returns an error diagnostic naming key and context for an unresolvable relative key', async () => {
    const { table, diagnostics } = await buildMatchTable([cfg('./missing'), cfg('react')], {
      context: '/ctx',
      resolve: fakeResolver({}),
    });
    expect(table.resolved.size).toBe(0);
    expect(table.exact.has('react')).toBe(true);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', key: './missing' });
    expect(diagnostics[0].message).toContain(`Can't resolve the shared module "./missing" in /ctx`);
  });

  it('turns a throwing resolver into a diagnostic carrying its message', async () => {
    const { diagnostics } = await buildMatchTable([cfg('./x')], {
      context: '/ctx',
      resolve: async () => {
        throw new Error('boom: no such dir');
      },
    });
    expect(diagnostics[0].message).toContain('(boom: no such dir)');
  });

  it('lets the later of two configs with the same key win, and warns', async () => {
    const first = cfg('react', { tag: 'first' });
    const second = cfg('react', { tag: 'second', shareKey: 'react-2' });
    const { table, diagnostics } = await buildMatchTable([first, second], { context: '/ctx', resolve: noResolve });
    expect(table.exact.get('react')).toBe(second);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].severity).toBe('warning');
    expect(diagnostics[0].message).toContain('share key "react-2"');
  });

  it('applies config order (not resolution order) when two relative keys resolve to one file', async () => {
    const slow = cfg('./a', { tag: 'first' });
    const fast = cfg('./b', { tag: 'second' });
    const resolve: ResolveRequest = (_context, request) =>
      new Promise((done) => setTimeout(() => done('/ctx/same.js'), request === './a' ? 20 : 0));
    const { table, diagnostics } = await buildMatchTable([slow, fast], { context: '/ctx', resolve });
    expect(table.resolved.get('/ctx/same.js')).toBe(fast);
    expect(diagnostics[0].message).toContain('resolved from "./b"');
  });
});

describe('matchRequest', () => {
  const build = (configs: TestConfig[]) =>
    buildMatchTable(configs, { context: '/ctx', resolve: noResolve }).then((r) => r.table);

  it('matches an exact key only for that exact request', async () => {
    const table = await build([cfg('react'), cfg('@scope/pkg'), cfg('lodash/fp')]);
    expect(matchRequest(table, 'react')).toMatchObject({ kind: 'exact', shareKey: 'react', import: 'react' });
    expect(matchRequest(table, '@scope/pkg')?.shareKey).toBe('@scope/pkg');
    expect(matchRequest(table, 'lodash/fp')?.shareKey).toBe('lodash/fp');
    expect(matchRequest(table, 'react-dom')).toBeUndefined();
    expect(matchRequest(table, 'react/jsx-runtime')).toBeUndefined();
    expect(matchRequest(table, 'lodash/fp/map')).toBeUndefined();
    expect(matchRequest(table, 'lodash')).toBeUndefined();
  });

  it('appends the prefix remainder to share key and import', async () => {
    const table = await build([cfg('lodash/', { shareKey: 'shared-lodash/', import: './vendor/lodash/' })]);
    expect(matchRequest(table, 'lodash/fp/map')).toEqual({
      config: table.prefixes[0].config,
      kind: 'prefix',
      shareKey: 'shared-lodash/fp/map',
      import: './vendor/lodash/fp/map',
      remainder: 'fp/map',
    });
    expect(matchRequest(table, 'lodash')).toBeUndefined(); // no trailing slash: not under the prefix
    expect(matchRequest(table, 'lodash-es/x')).toBeUndefined();
  });

  it('leaves import undefined when the config has none (consume-only)', async () => {
    const table = await build([cfg('@scope/', { import: false }), cfg('store', { import: undefined })]);
    expect(matchRequest(table, '@scope/ui')).toMatchObject({ shareKey: '@scope/ui', import: undefined });
    expect(matchRequest(table, 'store')).toMatchObject({ shareKey: 'store', import: undefined });
  });

  it.each([
    ['general prefix first', ['@scope/', '@scope/ui/']],
    ['specific prefix first', ['@scope/ui/', '@scope/']],
  ])('picks the longest matching prefix (%s)', async (_name, order) => {
    const table = await build(order.map((key) => cfg(key)));
    expect(matchRequest(table, '@scope/ui/button')).toMatchObject({ shareKey: '@scope/ui/button', remainder: 'button' });
    expect(matchRequest(table, '@scope/ui/button')?.config.request).toBe('@scope/ui/');
    expect(matchRequest(table, '@scope/core')?.config.request).toBe('@scope/');
  });

  it('prefers an exact key over a prefix that also matches', async () => {
    const table = await build([cfg('lodash/'), cfg('lodash/fp', { shareKey: 'fp' })]);
    expect(matchRequest(table, 'lodash/fp')).toMatchObject({ kind: 'exact', shareKey: 'fp' });
    expect(matchRequest(table, 'lodash/get')).toMatchObject({ kind: 'prefix', shareKey: 'lodash/get' });
  });

  it('falls back to the next-longest prefix when acceptPrefix rejects a remainder', async () => {
    const table = await build([cfg('@scope/'), cfg('@scope/ui/')]);
    const rejectInternal = (config: TestConfig, remainder: string) =>
      !(config.request === '@scope/ui/' && remainder.startsWith('internal'));
    expect(matchRequest(table, '@scope/ui/internal/x', rejectInternal)?.config.request).toBe('@scope/');
    expect(matchRequest(table, '@scope/ui/button', rejectInternal)?.config.request).toBe('@scope/ui/');
    expect(matchRequest(table, '@scope/x', () => false)).toBeUndefined();
  });

  it('does not match path keys by request (they need the resolved resource)', async () => {
    const table = await build([cfg('/abs/store.js')]);
    expect(matchRequest(table, '/abs/store.js')).toBeUndefined();
  });
});

describe('matchResource', () => {
  it('matches a resolved path exactly, with the config share key and import', async () => {
    const store = cfg('./src/store', { shareKey: 'store', import: './src/store' });
    const { table } = await buildMatchTable([store, cfg('/abs/x.js', { shareKey: 'x' })], {
      context: APP,
      resolve: enhancedResolve,
    });
    const resource = path.join(APP, 'src/store.js');
    expect(matchResource(table, resource)).toEqual({
      config: store,
      kind: 'path',
      shareKey: 'store',
      import: './src/store',
      remainder: '',
    });
    expect(matchResource(table, '/abs/x.js')?.shareKey).toBe('x');
    expect(matchResource(table, path.join(APP, 'src/index.js'))).toBeUndefined();
    expect(matchResource(table, path.join(APP, 'src/store'))).toBeUndefined();
  });
});

describe('createRequestFilter', () => {
  it('is undefined when no config can match by request', async () => {
    const empty = await buildMatchTable([], { context: '/ctx', resolve: noResolve });
    expect(createRequestFilter(empty.table)).toBeUndefined();
    const pathsOnly = await buildMatchTable([cfg('/abs/x.js')], { context: '/ctx', resolve: noResolve });
    expect(createRequestFilter(pathsOnly.table)).toBeUndefined();
  });

  const keys = ['react', '@scope/pkg', 'lodash/fp', 'lodash/', '@scope/ui/', 'a.b', 'c++', 'x(y)', 'we$ird', 'q?', '/abs/x.js'];
  const requests = [
    'react', 'react-dom', 'reactx', 'xreact', 'react/jsx-runtime', 'React',
    '@scope/pkg', '@scope/pkg/deep', '@scope/pkgs', '@scope/ui/button', '@scope/ui', '@scope/uix/a',
    'lodash/fp', 'lodash/fp/map', 'lodash/get', 'lodash/', 'lodash', 'lodash-es',
    'a.b', 'aXb', 'a.bc', 'c++', 'cc', 'c+++', 'x(y)', 'xy', 'we$ird', 'we', 'q?', 'q',
    '/abs/x.js', './react', '', ' react',
  ];

  it.each(requests)('agrees with matchRequest for %j', async (request) => {
    const { table } = await buildMatchTable(keys.map((key) => cfg(key)), { context: '/ctx', resolve: noResolve });
    const filter = createRequestFilter(table)!;
    const expected = matchRequest(table, request) !== undefined;
    expect(filter.test(request)).toBe(expected);
    // No `g`/`y` flag: a second test must give the same answer.
    expect(filter.test(request)).toBe(expected);
  });

  it('matches every exact key and something under every prefix', async () => {
    const { table } = await buildMatchTable(keys.map((key) => cfg(key)), { context: '/ctx', resolve: noResolve });
    const filter = createRequestFilter(table)!;
    expect(filter.flags).toBe('');
    for (const key of table.exact.keys()) expect(filter.test(key)).toBe(true);
    for (const { prefix } of table.prefixes) expect(filter.test(`${prefix}anything`)).toBe(true);
  });
});

describe('createPathKeyFilter', () => {
  const { createPathKeyFilter } = require('../../lib/core/matching');
  const filter: RegExp = createPathKeyFilter(['./src/store', '/abs/lib/helpers.js', './src/widgets/index.ts']);

  it.each(['./store', '../src/store', './store.js', './store/index', './store/index.js', '/abs/lib/helpers', './helpers.mjs', '../widgets', './widgets/index.ts'])(
    'lets %s through (it may resolve to a path key)',
    (request) => expect(filter.test(request)).toBe(true),
  );

  it.each(['store-front', './mystore', 'react', './store/other', './helpers/x', 'lodash/store.extra/deep'])('keeps %s out', (request) =>
    expect(filter.test(request)).toBe(false),
  );

  it('is undefined without path keys', () => {
    expect(createPathKeyFilter([])).toBeUndefined();
  });
});
