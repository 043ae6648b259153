/**
 * Build-time half of version-range checking: parse a range with the `semver` package and
 * encode it into a compact JSON value that runtime/semver.js `satisfy` evaluates with the
 * same answers as `semver.satisfies(version, range)` (default options).
 *
 * Encoding (see also the header of runtime/semver.js):
 *
 *   EncodedRange      = EncodedComparatorSet[]   OR;  [] matches nothing (e.g. "<0.0.0-0")
 *   EncodedComparatorSet = EncodedComparator[]   AND; [] is semver's ANY ("*", "x", "")
 *   EncodedComparator = [op, major, minor, patch, ...prerelease]
 *   op = bit mask of the allowed results of compare(version, comparator version):
 *        LESS 1 | EQUAL 2 | GREATER 4, so "<" 1, "<=" 3, "=" 2, ">" 4, ">=" 6
 *
 *   "^1.2.3 || >=2.0.0-beta <3"
 *     -> [[[6,1,2,3],[1,2,0,0,0]], [[6,2,0,0,"beta"],[1,3,0,0,0]]]
 *
 * All range syntax (x-ranges, ~, ^, hyphen ranges, ||, build metadata) is desugared by
 * semver itself into plain comparators; this file only maps semver's result, so the two
 * can't disagree about grammar. The runtime has no range-to-string code: callers ship the
 * original range string next to the encoding for messages.
 */
import { Range } from 'semver';

export const OP_LESS = 1;
export const OP_EQUAL = 2;
export const OP_GREATER = 4;

export type PrereleaseIdentifier = string | number;
export type EncodedComparator = [
  op: number,
  major: number,
  minor: number,
  patch: number,
  ...prerelease: PrereleaseIdentifier[],
];
export type EncodedComparatorSet = EncodedComparator[];
export type EncodedRange = EncodedComparatorSet[];

const OPERATORS: Record<string, number> = {
  '': OP_EQUAL,
  '=': OP_EQUAL,
  '<': OP_LESS,
  '<=': OP_LESS | OP_EQUAL,
  '>': OP_GREATER,
  '>=': OP_GREATER | OP_EQUAL,
};

// semver's spelling of a comparator no version can satisfy; a set holding it is dropped.
const NOTHING = '<0.0.0-0';

export function encodeRange(range: string): { encoded: EncodedRange } | { error: string } {
  let parsed: Range;
  try {
    // Default options on purpose: the runtime implements exactly the non-loose,
    // prerelease-excluding semantics, and nothing else.
    parsed = new Range(range);
  } catch (e) {
    return { error: invalidRangeMessage(range, e) };
  }
  const encoded: EncodedRange = [];
  for (const comparators of parsed.set) {
    if (comparators.some((c) => c.value === NOTHING)) continue;
    const set: EncodedComparatorSet = [];
    for (const c of comparators) {
      // semver's ANY comparator has the empty value; it accepts every release and is
      // skipped by the prerelease rule, which is what leaving it out of the set does.
      if (c.value === '') continue;
      const op = OPERATORS[c.operator];
      if (op === undefined) {
        return { error: invalidRangeMessage(range, new Error(`unsupported operator "${c.operator}"`)) };
      }
      const v = c.semver;
      set.push([op, v.major, v.minor, v.patch, ...v.prerelease]);
    }
    encoded.push(set);
  }
  return { encoded };
}

function invalidRangeMessage(range: unknown, cause: unknown): string {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return (
    `Invalid version range ${JSON.stringify(range)} (${reason}). ` +
    'Expected a semver range such as "^1.2.3", "~1.2.0", ">=1.0.0 <2.0.0", "1.0.0 - 2.0.0" or "*".'
  );
}
