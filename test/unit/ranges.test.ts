import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import * as semver from 'semver';
import { encodeRange, EncodedRange } from '../../lib/core/ranges';

interface RuntimeSemver {
  satisfy(range: EncodedRange, version: unknown): boolean;
  compare(a: unknown, b: unknown): number;
}

const RUNTIME_FILE = path.join(__dirname, '../../runtime/semver.js');
const createSemver: () => RuntimeSemver = require(RUNTIME_FILE);
const runtime = createSemver();

function encode(range: string): EncodedRange {
  const result = encodeRange(range);
  if ('error' in result) throw new Error(result.error);
  return result.encoded;
}

const RANGES = [
  // any
  '*', '', 'x', 'X', '>=0.0.0', '>=*', '<*', '>*',
  // plain versions and comparators
  '1.2.3', '=1.2.3', 'v1.2.3', '=v1.2.3', '>1.2.3', '>=1.2.3', '<1.2.3', '<=1.2.3', '> 1.2.3', '>= 1.2.3',
  // x-ranges and partials
  '1', '1.x', '1.2', '1.2.x', '1.*', '1.X.x', '>1', '>=1.2', '<1.2', '<=1', '>1.x', '<2.x', '=1.2',
  // tilde
  '~1', '~1.2', '~1.2.3', '~>1.2', '~ 1.2.3', '~0', '~0.0', '~0.0.1', '~1.2.3-beta.2', '~1.x',
  // caret, including 0.x
  '^1', '^1.2', '^1.2.3', '^0', '^0.x', '^0.0', '^0.0.x', '^0.1', '^0.1.2', '^0.0.1', '^0.0.0',
  '^1.2.3-alpha.1', '^0.0.1-beta', '^ 1.2', '^1.x',
  // hyphen ranges
  '1.2.3 - 2.3.4', '1.2 - 2.3.4', '1.2.3 - 2.3', '1.2.3 - 2', '1 - 2', '* - 2', '1.2.3-alpha - 2.0.0-beta.1',
  '1.2.3+build.1 - 2.0.0+meta',
  // conjunctions and disjunctions
  '>=1.2.3 <2.0.0', '>1.0.0 <=1.5.0', '>=1.0.0-rc.1 <1.0.0', '^1.2.3 || ^2', '1.x || >=2.5.0 || 5.0.0 - 7.2.3',
  '^1.2.3 || >=2.0.0-beta <3', '<1.0.0 || >=2.0.0', '1.2.3 || *', '<0.0.0-0 || 1.2.3', '>2 <1', '>=1.2.3 >=1.2.3',
  // prerelease identifiers: numeric, alphanumeric, mixed
  '>=1.2.3-0', '>=1.2.3-alpha', '>1.2.3-alpha.2', '<1.2.3-alpha.10', '1.2.3-rc.1', '>=1.2.3-1a', '<=1.2.3-a-b.0',
  '>=1.2.3-9007199254740993', '>1.2.3-1.alpha', '<1.2.3-rc.1.6',
  // build metadata is ignored
  '1.2.3+build', '^1.2.3+build.5', '>=1.2.3-beta+exp.sha.5114f85',
  // nothing
  '<0.0.0-0', '<0.0.0-0 || <0.0.0-0',
];

const VERSIONS = [
  '0.0.0', '0.0.0-0', '0.0.1', '0.0.2', '0.0.2-0', '0.1.0', '0.1.2', '0.1.3-alpha', '0.2.0', '0.9.9',
  '1.0.0', '1.0.0-0', '1.0.0-rc.1', '1.0.0-rc.2', '1.1.0', '1.2.0', '1.2.2', '1.2.3', '1.2.3-0', '1.2.3-1a',
  '1.2.3-a-b.0', '1.2.3-alpha', '1.2.3-alpha.1', '1.2.3-alpha.2', '1.2.3-alpha.10', '1.2.3-beta', '1.2.3-beta.2',
  '1.2.3-beta.3', '1.2.3-9007199254740992', '1.2.3-9007199254740995', '1.2.3-1.beta', '1.2.3-rc.1.5',
  '1.2.3+build', '1.2.3-beta+exp', '1.2.4', '1.2.4-alpha', '1.3.0', '1.3.0-0', '1.5.0', '1.9.9', '2.0.0',
  '2.0.0-0', '2.0.0-alpha', '2.0.0-beta', '2.0.0-beta.1', '2.0.0-beta.2', '2.3.4', '2.3.5', '2.5.0', '3.0.0',
  '3.0.0-0', '5.0.0', '7.2.3', '7.2.4', '10.0.0',
  // spellings semver accepts or rejects in strict mode
  'v1.2.3', ' 1.2.3 ', '\t1.5.0\n', '=1.2.3', 'V1.2.3', '1.2', '1', '01.2.3', '1.02.3', '1.2.3-01', '1.2.3-',
  '1.2.3+', '1.2.3.4', '1.2.3-a_b', '1.2.3+a_b', '_1.2.3', '1.2.3-01a', '1.2.3-0a.01', '1.2.3-00', '1.2.3-a.00.b',
  '1.2.3-a-01', '1.2.3-0-', '1.2.3+00.01', '1.2.3-a..b', '1.2.3+a..b', '1.2.3-.a', '1.2.3-a.', 'x', '', 'latest', '1.2.3 ', `1.2.3+${'a'.repeat(250)}`, `1.2.3+${'a'.repeat(249)}`,
  '9007199254740991.0.0', '9007199254740992.0.0',
];

describe('encodeRange + runtime satisfy agree with semver.satisfies', () => {
  it(`every pair of ${RANGES.length} ranges x ${VERSIONS.length} versions`, () => {
    expect(RANGES.length).toBeGreaterThanOrEqual(60);
    const divergences: string[] = [];
    for (const range of RANGES) {
      const encoded = encode(range);
      for (const version of VERSIONS) {
        const expected = semver.satisfies(version, range);
        if (runtime.satisfy(encoded, version) !== expected) {
          divergences.push(`${JSON.stringify(version)} in ${JSON.stringify(range)}: semver says ${expected}`);
        }
      }
    }
    expect(divergences).toEqual([]);
  });

  it('the version table contains both answers for most ranges (so the table can catch bugs)', () => {
    const decisive = RANGES.filter((range) => {
      const answers = new Set(VERSIONS.map((v) => semver.satisfies(v, range)));
      return answers.size === 2;
    });
    // Only the unsatisfiable ranges ("<0.0.0-0", ">2 <1", ...) give a single answer.
    expect(RANGES.length - decisive.length).toBeLessThanOrEqual(6);
  });
});

describe('encoding format', () => {
  it.each<[string, EncodedRange]>([
    // [releaseSets, prereleaseSets?]; a comparator is [op, [major, minor, patch, ...prerelease]]
    ['^18.2.0', [[[[6, [18, 2, 0]], [1, [19, 0, 0]]]]]],
    [
      '^1.2.3 || >=2.0.0-beta <3',
      [
        [
          [[6, [1, 2, 3]], [1, [2, 0, 0]]],
          [[6, [2, 0, 0]], [1, [3, 0, 0]]],
        ],
        [[[6, [2, 0, 0, 'beta']], [1, [2, 0, 0]]]],
      ],
    ],
    ['1.2.3', [[[[2, [1, 2, 3]]]]]],
    ['=1.2.3', [[[[2, [1, 2, 3]]]]]],
    ['>1.2.3', [[[[4, [1, 2, 3]]]]]],
    ['<=1.2.3', [[[[3, [1, 2, 3]]]]]],
    ['*', [[[]]]],
    ['', [[[]]]],
    ['>=0.0.0', [[[]]]],
    ['1.2.3 || *', [[[]]]],
    ['1.x || 1.x', [[[[6, [1, 0, 0]], [1, [2, 0, 0]]]]]],
    ['<0.0.0-0', [[]]],
    ['<0.0.0', [[]]],
    ['>1 <0.0.0-0', [[]]],
    ['>2 <1', [[]]],
    ['<0.0.0-0 || ^2', [[[[6, [2, 0, 0]], [1, [3, 0, 0]]]]]],
    ['^0.0.1', [[[[6, [0, 0, 1]], [1, [0, 0, 2]]]]]],
    ['1.2.3 - 2.x', [[[[6, [1, 2, 3]], [1, [3, 0, 0]]]]]],
    // Prereleases: only the prerelease sets admit them, each within one major.minor.patch.
    ['1.2.3-alpha.1+build.5', [[], [[[2, [1, 2, 3, 'alpha', '1']]]]]],
    ['^1.2.3-beta.1', [[[[6, [1, 2, 3]], [1, [2, 0, 0]]]], [[[6, [1, 2, 3, 'beta', '1']], [1, [1, 2, 3]]]]]],
    ['<1.0.0-rc.1', [[[[1, [1, 0, 0]]]], [[[6, [1, 0, 0, '0']], [1, [1, 0, 0, 'rc', '1']]]]]],
    ['>=1.0.0-rc.1 <1.0.0', [[], [[[6, [1, 0, 0, 'rc', '1']], [1, [1, 0, 0]]]]]],
  ])('%s', (range, expected) => {
    expect(encode(range)).toEqual(expected);
  });

  it('gives no prerelease sets to ranges whose prerelease bounds only cut releases off ("^1.2.3" is <2.0.0-0)', () => {
    for (const range of ['^1.2.3', '~1.2.3', '1.x', '1.2.3 - 2', '^0.1.2']) {
      const internal = new semver.Range(range).set.flat().some((c) => c.semver.prerelease.length > 0);
      expect([range, internal, encode(range).length]).toEqual([range, true, 1]);
    }
  });

  it('keeps prerelease identifiers beyond 2^53 as strings, and does not narrow sets that hold them', () => {
    // semver compares such identifiers as rounded numbers, so two of them may compare equal
    // and still differ for some versions: the set is kept comparator by comparator.
    expect(encode('>=1.2.3-9007199254740993')).toEqual([
      [[[6, [1, 2, 3]]]],
      [[[6, [1, 2, 3, '9007199254740993']], [6, [1, 2, 3, '0']], [1, [1, 2, 3]]]],
    ]);
  });

  it('answers like semver where rounded identifiers make two different bounds compare equal', () => {
    const ranges = ['>=1.0.0-9007199254740993 >=1.0.0-9007199254740992', '>1.0.0-9007199254740992 <=1.0.0-9007199254740993'];
    const versions = ['1.0.0-9007199254740992', '1.0.0-9007199254740992.5', '1.0.0-9007199254740993', '1.0.0-9007199254740993.0'];
    for (const range of ranges) {
      for (const version of versions) {
        expect([range, version, runtime.satisfy(encode(range), version)]).toEqual([range, version, semver.satisfies(version, range)]);
      }
    }
  });

  it('survives a JSON round trip unchanged and with the same answers', () => {
    for (const range of RANGES) {
      const encoded = encode(range);
      const copy = JSON.parse(JSON.stringify(encoded)) as EncodedRange;
      expect(copy).toEqual(encoded);
      for (const version of VERSIONS) {
        expect(runtime.satisfy(copy, version)).toBe(runtime.satisfy(encoded, version));
      }
    }
  });
});

describe('invalid ranges', () => {
  it.each([
    ['foo', 'Invalid comparator: foo'],
    ['1.2.3.4', 'Invalid comparator'],
    ['01.2.3', 'Invalid comparator'],
    ['1.2.3-01', 'Invalid comparator'],
    ['==1.2.3', 'Invalid comparator'],
    ['^^1', 'Invalid comparator'],
    ['^9007199254740991', 'Invalid major version'],
  ])('%s is rejected with a message naming the range and the cause', (range, cause) => {
    const result = encodeRange(range);
    expect(result).toEqual({ error: expect.stringContaining(`Invalid version range "${range}"`) });
    expect((result as { error: string }).error).toContain(cause);
    expect((result as { error: string }).error).toContain('"^1.2.3"');
    expect(semver.validRange(range)).toBeNull();
  });

  it('rejects a non-string without throwing', () => {
    expect(encodeRange(undefined as unknown as string)).toEqual({ error: expect.stringContaining('Invalid version range') });
  });
});

describe('runtime satisfy edge cases', () => {
  const sat = (version: unknown, range: string) => runtime.satisfy(encode(range), version);

  it('0.x carets only float the first non-zero part', () => {
    expect(sat('0.1.9', '^0.1.2')).toBe(true);
    expect(sat('0.2.0', '^0.1.2')).toBe(false);
    expect(sat('0.0.1', '^0.0.1')).toBe(true);
    expect(sat('0.0.2', '^0.0.1')).toBe(false);
    expect(sat('0.9.0', '^0.x')).toBe(true);
    expect(sat('1.0.0', '^0.x')).toBe(false);
  });

  it('admits a prerelease only when a comparator of its set names the same major.minor.patch', () => {
    expect(sat('1.2.3-beta.2', '^1.2.3-beta.1')).toBe(true);
    expect(sat('1.2.4-alpha', '^1.2.3-beta.1')).toBe(false);
    expect(sat('1.2.3-beta.0', '^1.2.3-beta.1')).toBe(false);
    expect(sat('2.0.0-beta.1', '^1.2.3 || >=2.0.0-beta <3')).toBe(true);
    expect(sat('2.1.0-beta', '^1.2.3 || >=2.0.0-beta <3')).toBe(false);
    expect(sat('1.0.0-alpha', '*')).toBe(false);
    expect(sat('1.0.0-alpha', '')).toBe(false);
    expect(sat('1.0.0', '*')).toBe(true);
  });

  it('orders prerelease identifiers numerically, numeric before alphanumeric', () => {
    expect(sat('1.2.3-alpha.10', '>1.2.3-alpha.9')).toBe(true);
    expect(sat('1.2.3-alpha.9', '>1.2.3-alpha.10')).toBe(false);
    expect(sat('1.2.3-1', '<1.2.3-alpha')).toBe(true);
    expect(sat('1.2.3-alpha', '>1.2.3-alpha.0')).toBe(false);
    expect(sat('1.2.3-alpha.0', '>1.2.3-alpha')).toBe(true);
    // An equal numeric identifier (number in the encoding, string in the version) is
    // skipped, so the next identifier decides.
    expect(sat('1.2.3-1.beta', '>1.2.3-1.alpha')).toBe(true);
    expect(sat('1.2.3-rc.1.5', '>=1.2.3-rc.1.6')).toBe(false);
  });

  it('handles ||, hyphen ranges and x-ranges', () => {
    expect(sat('1.9.0', '1.x || >=2.5.0')).toBe(true);
    expect(sat('2.4.0', '1.x || >=2.5.0')).toBe(false);
    expect(sat('2.3.9', '1.2 - 2.3')).toBe(true);
    expect(sat('2.4.0', '1.2 - 2.3')).toBe(false);
    expect(sat('2.3.4', '1.2.3 - 2.3.4')).toBe(true);
    expect(sat('2.3.5', '1.2.3 - 2.3.4')).toBe(false);
  });

  it('<0.0.0-0 matches nothing, not even 0.0.0-0', () => {
    for (const version of ['0.0.0-0', '0.0.0', '1.0.0']) expect(sat(version, '<0.0.0-0')).toBe(false);
  });

  it('ignores build metadata on both sides', () => {
    expect(sat('1.2.3+build.7', '1.2.3')).toBe(true);
    expect(sat('1.2.3', '1.2.3+other')).toBe(true);
    expect(sat('1.0.0-beta.1+build.5', '>=1.0.0-beta <1.0.0')).toBe(true);
  });

  it('reads versions the way semver does in strict mode', () => {
    expect(sat('v1.2.3', '^1')).toBe(true);
    expect(sat(' 1.2.3 ', '^1')).toBe(true);
    expect(sat('=1.2.3', '^1')).toBe(false);
    expect(sat('1.2', '^1')).toBe(false);
    expect(sat('1.2.3-01', '*')).toBe(false);
    expect(sat(`1.2.3+${'a'.repeat(251)}`, '*')).toBe(false); // 257 characters
    expect(sat('9007199254740992.0.0', '*')).toBe(false);
  });

  it('returns false for non-string versions (semver throws for some of these)', () => {
    for (const version of [undefined, null, 1, {}, ['1.2.3']]) {
      expect(runtime.satisfy(encode('*'), version)).toBe(false);
      expect(runtime.satisfy(encode('^1'), version)).toBe(false);
    }
  });
});

describe('runtime.compare', () => {
  it('matches semver precedence, ignoring build metadata and the v prefix', () => {
    expect(runtime.compare('1.2.3', '1.2.4')).toBe(-1);
    expect(runtime.compare('1.10.0', '1.9.0')).toBe(1);
    expect(runtime.compare('1.0.0-alpha', '1.0.0')).toBe(-1);
    expect(runtime.compare('1.0.0-alpha.1', '1.0.0-alpha')).toBe(1);
    expect(runtime.compare('1.0.0-2', '1.0.0-10')).toBe(-1);
    expect(runtime.compare('1.0.0+a', 'v1.0.0+b')).toBe(0);
  });

  it('follows semver even for numeric identifiers beyond 2^53, which semver compares lossily', () => {
    const pairs = [
      ['1.0.0-9007199254740993.1', '1.0.0-9007199254740992.2'],
      ['1.0.0-9007199254740993.1', '1.0.0-9007199254740993.2'],
      ['1.0.0-9007199254740991', '1.0.0-9007199254740990'],
      ['1.0.0-9007199254740991', '1.0.0-alpha'],
    ];
    for (const [a, b] of pairs) {
      expect([a, b, runtime.compare(a, b)]).toEqual([a, b, semver.compare(a, b)]);
    }
  });

  it('sorts invalid values below every valid version, by their string form', () => {
    expect(runtime.compare('latest', '0.0.0-0')).toBe(-1);
    expect(runtime.compare('0.0.0-0', 'latest')).toBe(1);
    expect(runtime.compare('a', 'b')).toBe(-1);
    expect(runtime.compare('b', 'a')).toBe(1);
    expect(runtime.compare('x', 'x')).toBe(0);
    expect(runtime.compare(undefined, '1.0.0')).toBe(-1);
  });

  it('is a total order over a mix of valid and invalid versions', () => {
    const sample = [...VERSIONS, 'zzz', 'a', undefined, null];
    for (const a of sample) {
      expect(runtime.compare(a, a)).toBe(0);
      for (const b of sample) {
        const ab = runtime.compare(a, b);
        expect(runtime.compare(b, a)).toBe(-ab || 0);
        for (const c of sample) {
          if (ab <= 0 && runtime.compare(b, c) <= 0 && runtime.compare(a, c) > 0) {
            throw new Error(`not transitive: ${String(a)} <= ${String(b)} <= ${String(c)}`);
          }
        }
      }
    }
  });
});

describe('runtime/semver.js is embeddable', () => {
  const acorn: typeof import('acorn') = require('acorn');
  const source = fs.readFileSync(RUNTIME_FILE, 'utf8');

  it('parses as ES5', () => {
    expect(() => acorn.parse(source, { ecmaVersion: 5 })).not.toThrow();
    expect(() => acorn.parse(`(${createSemver.toString()})()`, { ecmaVersion: 5 })).not.toThrow();
  });

  it('the ES5 check rejects later syntax (control)', () => {
    expect(() => acorn.parse('var f = () => 1;', { ecmaVersion: 5 })).toThrow();
    expect(() => acorn.parse('let x = `${1}`;', { ecmaVersion: 5 })).toThrow();
  });

  it('has module.exports = function as its only statement', () => {
    const ast = acorn.parse(source, { ecmaVersion: 5 }) as unknown as { body: Array<Record<string, any>> };
    expect(ast.body).toHaveLength(1);
    const expression = ast.body[0].expression;
    expect(expression.type).toBe('AssignmentExpression');
    expect(source.slice(expression.left.start, expression.left.end)).toBe('module.exports');
    expect(expression.right.type).toBe('FunctionExpression');
  });

  it('works when its source is evaluated alone, without module scope or free variables', () => {
    const embedded = vm.runInNewContext(`(${createSemver.toString()})()`) as RuntimeSemver;
    const encoded = encode('^1.2.3 || >=2.0.0-beta <3');
    expect(embedded.satisfy(encoded, '1.4.0')).toBe(true);
    expect(embedded.satisfy(encoded, '2.0.0-beta.1')).toBe(true);
    expect(embedded.satisfy(encoded, '3.0.0')).toBe(false);
    expect(embedded.compare('1.0.0', '1.0.0-rc.1')).toBe(1);
  });
});
