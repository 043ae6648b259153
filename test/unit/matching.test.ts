import {
  buildMatchTable,
  classifyRequestKey,
  createRequestFilter,
  matchRequest,
  type MatchableConfig,
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
  it('sorts configs into exact and prefix buckets and hands path keys back in config order', () => {
    const configs = [cfg('react'), cfg('/abs/store.js'), cfg('lodash/'), cfg('./src/store'), cfg('C:\\abs\\x.js')];
    const { table, pathKeys, diagnostics } = buildMatchTable(configs);
    expect(diagnostics).toEqual([]);
    expect([...table.exact.keys()]).toEqual(['react']);
    expect(table.prefixes.map((p) => p.prefix)).toEqual(['lodash/']);
    expect(pathKeys.map((config) => config.request)).toEqual(['/abs/store.js', './src/store', 'C:\\abs\\x.js']);
  });

  it('lets the later of two configs with the same key win, and warns', () => {
    const first = cfg('react', { tag: 'first' });
    const second = cfg('react', { tag: 'second', shareKey: 'react-2' });
    const { table, diagnostics } = buildMatchTable([first, second]);
    expect(table.exact.get('react')).toBe(second);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', key: 'react' });
    expect(diagnostics[0]!.message).toBe(
      'Two shared configs match "react": the one with share key "react" is replaced by the later one with share key "react-2". Remove one of them.',
    );
  });

  it('warns about duplicate prefixes too', () => {
    const { table, diagnostics } = buildMatchTable([cfg('lodash/'), cfg('lodash/', { shareKey: 'l/' })]);
    expect(table.prefixes).toHaveLength(1);
    expect(diagnostics[0]!.message).toContain('share key "l/"');
  });
});

describe('matchRequest', () => {
  const build = async (configs: TestConfig[]) => buildMatchTable(configs).table;

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

describe('createRequestFilter', () => {
  it('is undefined when no config can match by request', async () => {
    expect(createRequestFilter(buildMatchTable([]).table)).toBeUndefined();
    expect(createRequestFilter(buildMatchTable([cfg('/abs/x.js')]).table)).toBeUndefined();
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
    const { table } = buildMatchTable(keys.map((key) => cfg(key)));
    const filter = createRequestFilter(table)!;
    const expected = matchRequest(table, request) !== undefined;
    expect(filter.test(request)).toBe(expected);
    // No `g`/`y` flag: a second test must give the same answer.
    expect(filter.test(request)).toBe(expected);
  });

  it('matches every exact key and something under every prefix', async () => {
    const { table } = buildMatchTable(keys.map((key) => cfg(key)));
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
