import { readFileSync } from 'fs';
import { ValidationError } from 'schema-utils';
import consumeSchema from '../../lib/options/ConsumeSharedPlugin.json';
import provideSchema from '../../lib/options/ProvideSharedPlugin.json';
import shareSchema from '../../lib/options/SharePlugin.json';
import {
  looksLikeRequiredVersion,
  normalizeConsumeSharedPluginOptions,
  normalizeProvideSharedPluginOptions,
  splitSharePluginOptions,
} from '../../lib/options/normalize';
import type {
  ConsumeSharedPluginOptions,
  NormalizedConsume,
  NormalizedConsumeSharedPluginOptions,
  NormalizedProvide,
  NormalizedProvideSharedPluginOptions,
  ProvideSharedPluginOptions,
  SharePluginOptions,
} from '../../lib/options/types';
import {
  validateConsumeSharedPluginOptions,
  validateProvideSharedPluginOptions,
  validateSharePluginOptions,
} from '../../lib/options/validate';

// Expected normalised entries are spelled out from these defaults, so each table row only shows
// what its configuration changes.
const provide = (request: string, changes: Partial<NormalizedProvide> = {}): NormalizedProvide => ({
  request,
  shareKey: request,
  shareScope: 'default',
  version: undefined,
  eager: false,
  singleton: undefined,
  requiredVersion: undefined,
  strictVersion: undefined,
  ...changes,
});

const consume = (request: string, changes: Partial<NormalizedConsume> = {}): NormalizedConsume => ({
  request,
  import: request,
  shareKey: request,
  shareScope: 'default',
  requiredVersion: undefined,
  strictVersion: true,
  singleton: false,
  eager: false,
  packageName: undefined,
  ...changes,
});

const provideOptions = (
  provides: NormalizedProvide[],
  changes: Partial<NormalizedProvideSharedPluginOptions> = {},
): NormalizedProvideSharedPluginOptions => ({ shareScope: 'default', provides, debug: undefined, ...changes });

const consumeOptions = (
  consumes: NormalizedConsume[],
  changes: Partial<NormalizedConsumeSharedPluginOptions> = {},
): NormalizedConsumeSharedPluginOptions => ({
  shareScope: 'default',
  consumes,
  asyncStartup: false,
  debug: undefined,
  ...changes,
});

describe('ProvideSharedPlugin options: valid configurations normalise as webpack reads them', () => {
  const cases: [string, ProvideSharedPluginOptions, NormalizedProvideSharedPluginOptions][] = [
    [
      'array of requests: each is its own share key',
      { provides: ['react', 'lodash/'] },
      provideOptions([provide('react'), provide('lodash/')]),
    ],
    [
      'object with a string value: the value is the share key',
      { provides: { './src/store': 'store' } },
      provideOptions([provide('./src/store', { shareKey: 'store' })]),
    ],
    [
      'object config: omitted shareKey defaults to the key, plugin shareScope applies',
      { shareScope: 'app', provides: { react: { version: '18.2.0', eager: true } } },
      provideOptions([provide('react', { shareScope: 'app', version: '18.2.0', eager: true })], {
        shareScope: 'app',
      }),
    ],
    [
      'item shareScope overrides the plugin one; version:false registers without a version',
      { shareScope: 'app', provides: { react: { shareScope: 'legacy', shareKey: 'react18', version: false } } },
      provideOptions([provide('react', { shareScope: 'legacy', shareKey: 'react18', version: false })], {
        shareScope: 'app',
      }),
    ],
    [
      'mixed array of strings and objects keeps configuration order',
      { provides: ['react', { 'lodash/': { version: '4.17.21' } }, 'react-dom'] },
      provideOptions([provide('react'), provide('lodash/', { version: '4.17.21' }), provide('react-dom')]),
    ],
    [
      'include/exclude filters (RegExp and string) pass through; debug is kept',
      {
        debug: true,
        provides: { 'lodash/': { include: { request: /^get/ }, exclude: { request: 'fp', version: '<4' } } },
      },
      provideOptions(
        [provide('lodash/', { include: { request: /^get/ }, exclude: { request: 'fp', version: '<4' } })],
        { debug: true },
      ),
    ],
    [
      'singleton / requiredVersion / strictVersion are accepted and recorded (Rspack-style provides)',
      { provides: { react: { singleton: true, requiredVersion: false, strictVersion: true } } },
      provideOptions([provide('react', { singleton: true, requiredVersion: false, strictVersion: true })]),
    ],
    [
      'absolute path key and an empty provides object are both fine',
      { provides: [{ '/repo/src/store.js': { shareKey: 'store' } }, {}] },
      provideOptions([provide('/repo/src/store.js', { shareKey: 'store' })]),
    ],
  ];

  it.each(cases)('%s', (_name, options, expected) => {
    expect(() => validateProvideSharedPluginOptions(options)).not.toThrow();
    expect(normalizeProvideSharedPluginOptions(options)).toStrictEqual(expected);
  });
});

describe('ConsumeSharedPlugin options: valid configurations normalise as webpack reads them', () => {
  const cases: [string, ConsumeSharedPluginOptions, NormalizedConsumeSharedPluginOptions][] = [
    [
      'array of requests: shorthand without a range is not strict (webpack)',
      { consumes: ['react', 'lodash/'] },
      consumeOptions([consume('react', { strictVersion: false }), consume('lodash/', { strictVersion: false })]),
    ],
    [
      'string value that looks like a range is the requiredVersion, and strict',
      { consumes: { react: '^18.0.0' } },
      consumeOptions([consume('react', { requiredVersion: '^18.0.0', strictVersion: true })]),
    ],
    [
      'string value that is not a range is the fallback request',
      { consumes: { react: 'preact/compat' } },
      consumeOptions([consume('react', { import: 'preact/compat', strictVersion: false })]),
    ],
    [
      'string value equal to its key is a request even when it starts like a range ("vue", "x")',
      { consumes: { x: 'x', vue: 'vue' } },
      consumeOptions([consume('x', { strictVersion: false }), consume('vue', { strictVersion: false })]),
    ],
    [
      'fallback is another name for import',
      { consumes: { store: { fallback: './src/store', requiredVersion: '^1.0.0' } } },
      consumeOptions([consume('store', { import: './src/store', requiredVersion: '^1.0.0' })]),
    ],
    [
      'fallback:false means no fallback, and then not strict by default',
      { consumes: { store: { fallback: false } } },
      consumeOptions([consume('store', { import: undefined, strictVersion: false })]),
    ],
    [
      'import:false with singleton',
      { consumes: { react: { import: false, singleton: true } } },
      consumeOptions([consume('react', { import: undefined, singleton: true, strictVersion: false })]),
    ],
    [
      'singleton with a fallback is not strict by default; an explicit strictVersion wins',
      { consumes: { react: { singleton: true }, vue: { singleton: true, strictVersion: true }, a: { strictVersion: false } } },
      consumeOptions([
        consume('react', { singleton: true, strictVersion: false }),
        consume('vue', { singleton: true, strictVersion: true }),
        consume('a', { strictVersion: false }),
      ]),
    ],
    [
      'requiredVersion:false disables the check',
      { consumes: { react: { requiredVersion: false } } },
      consumeOptions([consume('react', { requiredVersion: false })]),
    ],
    [
      'prefix key with shareKey, packageName, eager, filters; plugin-level scope, asyncStartup, debug',
      {
        shareScope: 'legacy',
        asyncStartup: true,
        debug: false,
        consumes: {
          'lodash/': {
            shareKey: 'lodash/',
            packageName: 'lodash',
            eager: true,
            requiredVersion: '^4.17.0',
            include: { version: '^4.0.0' },
          },
        },
      },
      consumeOptions(
        [
          consume('lodash/', {
            shareScope: 'legacy',
            packageName: 'lodash',
            eager: true,
            requiredVersion: '^4.17.0',
            include: { version: '^4.0.0' },
          }),
        ],
        { shareScope: 'legacy', asyncStartup: true, debug: false },
      ),
    ],
    [
      'relative key inside a mixed array, with its own share scope',
      { shareScope: 'app', consumes: ['react', { './src/store': { shareKey: 'store', shareScope: 'stores' } }] },
      consumeOptions(
        [
          consume('react', { shareScope: 'app', strictVersion: false }),
          consume('./src/store', { shareKey: 'store', shareScope: 'stores' }),
        ],
        { shareScope: 'app' },
      ),
    ],
    [
      'every range form webpack recognises as a string value',
      { consumes: { a: '*', b: 'x', c: 'v1.2.3', d: '>=1 <2', e: '=1.0.0', f: '~1.2', g: '1.x || 2.x', h: '<3' } },
      consumeOptions(
        Object.entries({ a: '*', b: 'x', c: 'v1.2.3', d: '>=1 <2', e: '=1.0.0', f: '~1.2', g: '1.x || 2.x', h: '<3' }).map(
          ([key, range]) => consume(key, { requiredVersion: range, strictVersion: true }),
        ),
      ),
    ],
  ];

  it.each(cases)('%s', (_name, options, expected) => {
    expect(() => validateConsumeSharedPluginOptions(options)).not.toThrow();
    expect(normalizeConsumeSharedPluginOptions(options)).toStrictEqual(expected);
  });
});

describe('SharePlugin options: split into provide + consume options as webpack does', () => {
  const cases: [string, SharePluginOptions, NormalizedProvideSharedPluginOptions, NormalizedConsumeSharedPluginOptions][] =
    [
      [
        'array of requests: provided and consumed under their own key, consumes strict (config path)',
        { shared: ['react', 'react-dom'] },
        provideOptions([provide('react'), provide('react-dom')]),
        consumeOptions([consume('react'), consume('react-dom')]),
      ],
      [
        'range shorthand: requiredVersion on both sides',
        { shared: { react: '^18.2.0' } },
        provideOptions([provide('react', { requiredVersion: '^18.2.0' })]),
        consumeOptions([consume('react', { requiredVersion: '^18.2.0' })]),
      ],
      [
        'request shorthand: the value is provided and used as fallback under the key',
        { shared: { react: 'preact/compat' } },
        provideOptions([provide('preact/compat', { shareKey: 'react' })]),
        consumeOptions([consume('react', { import: 'preact/compat' })]),
      ],
      [
        'import:false consumes only',
        { shared: { react: { import: false, singleton: true, requiredVersion: '^18.0.0' } } },
        provideOptions([]),
        consumeOptions([
          consume('react', { import: undefined, singleton: true, requiredVersion: '^18.0.0', strictVersion: false }),
        ]),
      ],
      [
        'fallback alias: the provide request is the fallback, the share key stays the key',
        { shared: { store: { fallback: './src/store', version: '1.0.0' } } },
        provideOptions([provide('./src/store', { shareKey: 'store', version: '1.0.0' })]),
        consumeOptions([consume('store', { import: './src/store' })]),
      ],
      [
        'fallback:false is import:false: consume only',
        { shared: { react: { fallback: false }, vue: {} } },
        provideOptions([provide('vue')]),
        consumeOptions([consume('react', { import: undefined, strictVersion: false }), consume('vue')]),
      ],
      [
        'plugin-level shareScope and debug reach both; asyncStartup only the consumer',
        { shareScope: 'app', debug: true, asyncStartup: true, shared: ['react'] },
        provideOptions([provide('react', { shareScope: 'app' })], { shareScope: 'app', debug: true }),
        consumeOptions([consume('react', { shareScope: 'app' })], { shareScope: 'app', debug: true, asyncStartup: true }),
      ],
      [
        'prefix key with every option; version:false and filters',
        {
          shared: {
            'lodash/': {
              shareKey: 'lodash/',
              shareScope: 'utils',
              version: false,
              requiredVersion: '^4.17.0',
              strictVersion: false,
              eager: true,
              singleton: false,
              packageName: 'lodash',
              include: { request: /^get/ },
            },
          },
        },
        provideOptions([
          provide('lodash/', {
            shareScope: 'utils',
            version: false,
            requiredVersion: '^4.17.0',
            strictVersion: false,
            eager: true,
            singleton: false,
            include: { request: /^get/ },
          }),
        ]),
        consumeOptions([
          consume('lodash/', {
            shareScope: 'utils',
            requiredVersion: '^4.17.0',
            strictVersion: false,
            eager: true,
            packageName: 'lodash',
            include: { request: /^get/ },
          }),
        ]),
      ],
    ];

  it.each(cases)('%s', (_name, options, expectedProvide, expectedConsume) => {
    expect(() => validateSharePluginOptions(options)).not.toThrow();
    const { provide: provideRaw, consume: consumeRaw } = splitSharePluginOptions(options);
    // SharePlugin hands these to the two plugins' constructors, which validate them again.
    expect(() => validateProvideSharedPluginOptions(provideRaw)).not.toThrow();
    expect(() => validateConsumeSharedPluginOptions(consumeRaw)).not.toThrow();
    expect(normalizeProvideSharedPluginOptions(provideRaw)).toStrictEqual(expectedProvide);
    expect(normalizeConsumeSharedPluginOptions(consumeRaw)).toStrictEqual(expectedConsume);
  });

  it('produces raw options without undefined-valued keys (they read like hand-written config)', () => {
    expect(splitSharePluginOptions({ shared: { react: { singleton: true }, vue: { import: false } } })).toStrictEqual({
      provide: { provides: [{ react: { shareKey: 'react', singleton: true } }] },
      consume: {
        consumes: [{ react: { shareKey: 'react', singleton: true } }, { vue: { import: false, shareKey: 'vue' } }],
      },
    });
  });
});

describe('our schemas are a superset of the installed webpack sharing schemas', () => {
  type JsonSchema = { properties?: Record<string, unknown>; definitions?: Record<string, JsonSchema> };
  const schemaPairs: [string, JsonSchema][] = [
    ['ProvideSharedPlugin', provideSchema as unknown as JsonSchema],
    ['ConsumeSharedPlugin', consumeSchema as unknown as JsonSchema],
    ['SharePlugin', shareSchema as unknown as JsonSchema],
  ];

  // Reading webpack's JSON here (test only) makes a webpack upgrade that adds an option fail
  // loudly instead of configs for it being rejected by us.
  it.each(schemaPairs)('%s accepts every property webpack declares', (name, ours) => {
    const theirs = JSON.parse(
      readFileSync(require.resolve(`webpack/schemas/plugins/sharing/${name}.json`), 'utf8'),
    ) as JsonSchema;
    const sections: [string, JsonSchema | undefined, JsonSchema | undefined][] = [
      ['(top level)', theirs, ours],
      ...Object.entries(theirs.definitions ?? {}).map(
        ([definition, schema]): [string, JsonSchema, JsonSchema | undefined] => [
          definition,
          schema,
          ours.definitions?.[definition],
        ],
      ),
    ];
    for (const [section, theirSection, ourSection] of sections) {
      const missing = Object.keys(theirSection?.properties ?? {}).filter(
        (property) => !(property in (ourSection?.properties ?? {})),
      );
      expect({ section, missing }).toEqual({ section, missing: [] });
    }
  });

  it('accepts a webpack configuration using every webpack option', () => {
    const filter = { request: /^get$/, version: '^4.0.0' };
    expect(() =>
      validateSharePluginOptions({
        shareScope: 'default',
        shared: [
          'react',
          {
            'lodash/': {
              eager: false,
              import: 'lodash/',
              packageName: 'lodash',
              requiredVersion: '^4.17.0',
              shareKey: 'lodash/',
              shareScope: 'default',
              singleton: false,
              strictVersion: true,
              version: '4.17.21',
              include: filter,
              exclude: { request: 'fp' },
            },
          },
        ],
      }),
    ).not.toThrow();
  });
});

describe('looksLikeRequiredVersion', () => {
  it.each(['1.2.3', '^18', '~1.2', '>=1', '<2', '=1.0.0', 'v1', '*', 'x', 'X'])('%s is a range', (value) => {
    expect(looksLikeRequiredVersion(value)).toBe(true);
  });
  it.each(['react', 'vue', 'preact/compat', './src/store', 'x-lib', '*.js', 'latest'])('%s is a request', (value) => {
    expect(looksLikeRequiredVersion(value)).toBe(false);
  });
});

describe('invalid options throw a ValidationError naming the plugin and the option path', () => {
  const validators = {
    ProvideSharedPlugin: validateProvideSharedPluginOptions,
    ConsumeSharedPlugin: validateConsumeSharedPluginOptions,
    SharePlugin: validateSharePluginOptions,
  };
  type Plugin = keyof typeof validators;

  // [plugin, what is wrong, options, the path the message must name]
  const cases: [Plugin, string, unknown, string][] = [
    ['ProvideSharedPlugin', 'no options at all', undefined, 'options'],
    ['ProvideSharedPlugin', 'missing provides', { shareScope: 'default' }, "options misses the property 'provides'"],
    ['ProvideSharedPlugin', 'provides as a bare string', { provides: 'react' }, 'options.provides'],
    ['ProvideSharedPlugin', 'nested array inside the array', { provides: [['react']] }, 'options.provides[0]'],
    ['ProvideSharedPlugin', 'empty shareKey', { provides: { react: { shareKey: '' } } }, 'options.provides.react.shareKey'],
    ['ProvideSharedPlugin', 'empty string value', { provides: { react: '' } }, 'options.provides.react'],
    ['ProvideSharedPlugin', 'version as a number', { provides: { react: { version: 18 } } }, 'options.provides.react.version'],
    ['ProvideSharedPlugin', 'version: true', { provides: { react: { version: true } } }, 'options.provides.react.version'],
    ['ProvideSharedPlugin', 'eager as a string', { provides: { react: { eager: 'yes' } } }, 'options.provides.react.eager'],
    ['ProvideSharedPlugin', 'import is not a provide option', { provides: { react: { import: './r' } } }, "options.provides.react has an unknown property 'import'"],
    ['ProvideSharedPlugin', 'empty plugin shareScope', { provides: ['react'], shareScope: '' }, 'options.shareScope'],
    ['ProvideSharedPlugin', 'unknown plugin option', { provides: ['react'], eager: true }, "options has an unknown property 'eager'"],
    ['ProvideSharedPlugin', 'debug as a string', { provides: ['react'], debug: 'yes' }, 'options.debug'],
    ['ProvideSharedPlugin', 'asyncStartup belongs to the consumer', { provides: ['react'], asyncStartup: true }, "options has an unknown property 'asyncStartup'"],
    ['ProvideSharedPlugin', 'empty include.request under a prefix key', { provides: [{ 'lodash/': { include: { request: '' } } }] }, 'options.provides[0]["lodash/"].include.request'],
    ['ConsumeSharedPlugin', 'missing consumes', {}, "options misses the property 'consumes'"],
    ['ConsumeSharedPlugin', 'import and fallback together', { consumes: { react: { import: 'react', fallback: 'preact' } } }, 'options.consumes.react should not be'],
    ['ConsumeSharedPlugin', 'import and fallback together, relative key in array form', { consumes: [{ './src/store': { import: false, fallback: false } }] }, 'options.consumes[0]["./src/store"] should not be'],
    ['ConsumeSharedPlugin', 'requiredVersion as a number', { consumes: { react: { requiredVersion: 18 } } }, 'options.consumes.react.requiredVersion'],
    ['ConsumeSharedPlugin', 'import: true', { consumes: { react: { import: true } } }, 'options.consumes.react.import'],
    ['ConsumeSharedPlugin', 'empty fallback', { consumes: { react: { fallback: '' } } }, 'options.consumes.react.fallback'],
    ['ConsumeSharedPlugin', 'empty packageName', { consumes: { react: { packageName: '' } } }, 'options.consumes.react.packageName'],
    ['ConsumeSharedPlugin', 'unknown item option (typo)', { consumes: { react: { singelton: true } } }, "options.consumes.react has an unknown property 'singelton'"],
    ['ConsumeSharedPlugin', 'version is a provide option', { consumes: { react: { version: '18.2.0' } } }, "options.consumes.react has an unknown property 'version'"],
    ['ConsumeSharedPlugin', 'strictVersion as a string', { consumes: { './src/store': { strictVersion: 'true' } } }, 'options.consumes["./src/store"].strictVersion'],
    ['ConsumeSharedPlugin', 'array item that is a number', { consumes: ['react', 42] }, 'options.consumes[1]'],
    ['ConsumeSharedPlugin', 'unknown filter key', { consumes: { react: { exclude: { name: 'x' } } } }, "options.consumes.react.exclude has an unknown property 'name'"],
    ['ConsumeSharedPlugin', 'asyncStartup as a string', { consumes: ['react'], asyncStartup: 'yes' }, 'options.asyncStartup'],
    ['SharePlugin', 'missing shared', { shareScope: 'default' }, "options misses the property 'shared'"],
    ['SharePlugin', 'import and fallback together', { shared: { react: { import: false, fallback: './r' } } }, 'options.shared.react should not be'],
    ['SharePlugin', 'nested array inside the array', { shared: ['react', ['react-dom']] }, 'options.shared[1]'],
    ['SharePlugin', 'empty shareKey under a prefix key', { shared: { 'lodash/': { shareKey: '' } } }, 'options.shared["lodash/"].shareKey'],
    ['SharePlugin', 'singleton as a string', { shared: { react: { singleton: 'true' } } }, 'options.shared.react.singleton'],
    ['SharePlugin', 'shared as null', { shared: null }, 'options.shared'],
    ['SharePlugin', 'unknown plugin option', { shared: ['react'], consumes: ['react'] }, "options has an unknown property 'consumes'"],
  ];

  it.each(cases)('%s: %s', (plugin, _what, options, path) => {
    let thrown: unknown;
    try {
      validators[plugin](options);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    const message = (thrown as Error).message;
    expect(message).toMatch(new RegExp(`^Invalid options object\\. ${plugin} has been initialized`));
    // The path must appear at a word boundary, not merely as the prefix of a longer path.
    expect(message).toMatch(new RegExp(`(^|\\s)${escapeRegExp(path)}(?![\\w[]|\\.[\\w[])`, 'm'));
    expect(message).toMatchSnapshot();
  });

  // The build compiles the schemas into plain functions (scripts/option-checks.mjs) that let valid
  // options through without loading ajv; they must reject everything schema-utils rejects.
  it.each(cases)('the compiled check of %s rejects it too: %s', (plugin, _what, options) => {
    expect(compiledChecks()[plugin]!(options)).toBe(false);
  });

  it('keeps the original JSON-pointer paths in error.errors while rewriting the message', () => {
    try {
      validateConsumeSharedPluginOptions({ consumes: { './src/store': { eager: 1 } } });
      throw new Error('expected a ValidationError');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const pointers = flatten((error as ValidationError).errors).map((e) => e.instancePath);
      expect(pointers).toContain('/consumes/.~1src~1store/eager');
      expect((error as Error).message).toContain('options.consumes["./src/store"].eager should be a boolean');
      expect((error as Error).stack).toContain('options.consumes["./src/store"].eager');
    }
  });
});

type ErrorTree = { instancePath: string; children?: ErrorTree[] };
function flatten(errors: ErrorTree[]): ErrorTree[] {
  return errors.flatMap((error) => [error, ...flatten(error.children ?? [])]);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** dist/options/checks.js, written by `npm run build` (which `npm test` runs first). */
function compiledChecks(): Record<string, (options: unknown) => boolean> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../../dist/options/checks.js');
}

describe('the compiled option checks accept what the schemas accept', () => {
  const valid: [string, unknown][] = [
    ['ProvideSharedPlugin', { provides: ['react', { 'lodash/': { eager: true, version: false, include: { request: /^get/ } } }], shareScope: 'ui', debug: true }],
    ['ProvideSharedPlugin', { provides: { './src/store': { shareKey: 'store', version: '1.0.0', singleton: true, requiredVersion: false, strictVersion: true } } }],
    ['ConsumeSharedPlugin', { consumes: { react: '^18.0.0', vue: { import: false, singleton: true, requiredVersion: false }, x: { fallback: './x', exclude: { version: '<1' } } }, asyncStartup: true }],
    ['ConsumeSharedPlugin', { consumes: ['react', { '@scope/': { packageName: '@scope/pkg', shareScope: 's', eager: true } }] }],
    ['SharePlugin', { shared: ['react'], shareScope: 'default' }],
    ['SharePlugin', { shared: { react: { singleton: true, requiredVersion: '^18' }, 'lodash/': {}, lib: 'lib-fallback', store: { import: false } }, debug: false }],
  ];
  it.each(valid)('%s: %j', (plugin, options) => {
    expect(compiledChecks()[plugin]!(options)).toBe(true);
    // and schema-utils agrees that these are valid
    const validators: Record<string, (o: unknown) => void> = {
      ProvideSharedPlugin: validateProvideSharedPluginOptions,
      ConsumeSharedPlugin: validateConsumeSharedPluginOptions,
      SharePlugin: validateSharePluginOptions,
    };
    expect(() => validators[plugin]!(options)).not.toThrow();
  });
});
