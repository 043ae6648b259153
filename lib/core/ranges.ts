/**
 * Build-time half of version-range checking: parse a range with the `semver` package and
 * encode it into a compact JSON value that runtime/semver.js `satisfy` evaluates with the
 * same answers as `semver.satisfies(version, range)` (default options).
 *
 * The runtime ships in every bundle, so everything that can be decided here is decided here;
 * the runtime only parses the candidate version and compares it with ready-made bounds.
 *
 *   EncodedRange      = [releaseSets, prereleaseSets?]
 *                       a release version must pass one of releaseSets, a prerelease one of
 *                       prereleaseSets (omitted when empty); no set: matches nothing
 *   EncodedSet        = EncodedComparator[]          AND; [] accepts everything
 *   EncodedComparator = [op, [major, minor, patch, ...prerelease identifiers as strings]]
 *   op = bit mask of the allowed results of compare(version, bound):
 *        LESS 1 | EQUAL 2 | GREATER 4, so "<" 1, "<=" 3, "=" 2, ">" 4, ">=" 6
 *
 *   "^1.2.3"                      -> [[[[6,[1,2,3]],[1,[2,0,0]]]]]
 *   "^1.2.3 || >=2.0.0-beta <3"   -> [[[[6,[1,2,3]],[1,[2,0,0]]], [[6,[2,0,0]],[1,[3,0,0]]]],
 *                                     [[[6,[2,0,0,"beta"]],[1,[2,0,0]]]]]
 *
 * semver's prerelease rule (a prerelease version only passes a comparator set that names a
 * prerelease of the same major.minor.patch) is applied here rather than at runtime: a
 * prerelease of M.m.p is exactly a version in [M.m.p-0, M.m.p), so each set S naming
 * prereleases of M.m.p yields the prerelease set "S and >=M.m.p-0 and <M.m.p". Releases never
 * meet those sets, prereleases never meet the release sets. Each set is then narrowed to its
 * tightest lower and upper bound, and sets nothing can pass are dropped (which removes the
 * prerelease sets "^1.2.3" would otherwise produce for 2.0.0-x, cut off by its own "<2.0.0-0").
 *
 * All range syntax (x-ranges, ~, ^, hyphen ranges, ||, build metadata) is desugared by
 * semver itself into plain comparators; this file only maps semver's result, so the two
 * can't disagree about grammar. The runtime has no range-to-string code: callers ship the
 * original range string next to the encoding for messages.
 */
import { Range, SemVer, compare } from 'semver';

export const OP_LESS = 1;
export const OP_EQUAL = 2;
export const OP_GREATER = 4;

/** [major, minor, patch, ...prerelease identifiers], identifiers always as strings. */
export type EncodedVersion = [major: number, minor: number, patch: number, ...prerelease: string[]];
export type EncodedComparator = [op: number, version: EncodedVersion];
export type EncodedSet = EncodedComparator[];
export type EncodedRange = [releaseSets: EncodedSet[], prereleaseSets?: EncodedSet[]];

const OPERATORS: Record<string, number> = {
  '': OP_EQUAL,
  '=': OP_EQUAL,
  '<': OP_LESS,
  '<=': OP_LESS | OP_EQUAL,
  '>': OP_GREATER,
  '>=': OP_GREATER | OP_EQUAL,
};

/** One comparator as plain data: the allowed compare() outcomes and the bound. */
interface Bound {
  op: number;
  version: SemVer;
}

export function encodeRange(range: string): { encoded: EncodedRange } | { error: string } {
  let parsed: Range;
  try {
    // Default options on purpose: the runtime implements exactly the non-loose,
    // prerelease-excluding semantics, and nothing else.
    parsed = new Range(range);
  } catch (e) {
    return { error: invalidRangeMessage(range, e) };
  }
  const releaseSets: EncodedSet[] = [];
  const prereleaseSets: EncodedSet[] = [];
  for (const comparators of parsed.set) {
    const bounds: Bound[] = [];
    for (const c of comparators) {
      // semver's ANY comparator (empty value) accepts every release and names no
      // prerelease, which is what leaving it out of the set does.
      if (c.value === '') continue;
      const op = OPERATORS[c.operator];
      if (op === undefined) {
        return { error: invalidRangeMessage(range, new Error(`unsupported operator "${c.operator}"`)) };
      }
      bounds.push({ op, version: c.semver });
    }
    const forReleases = asReleaseBounds(bounds);
    if (forReleases) addSet(releaseSets, forReleases, '0.0.0');
    const named = new Set(bounds.filter((b) => b.version.prerelease.length).map((b) => mainOf(b.version)));
    for (const main of named) {
      // The prereleases of `main`, and nothing else: [main-0, main).
      const only = [
        { op: OP_GREATER | OP_EQUAL, version: new SemVer(`${main}-0`) },
        { op: OP_LESS, version: new SemVer(main) },
      ];
      addSet(prereleaseSets, [...bounds, ...only], '0.0.0-0');
    }
  }
  const encoded: EncodedRange = [releaseSets];
  if (prereleaseSets.length) encoded.push(prereleaseSets);
  return { encoded };
}

function mainOf(v: SemVer): string {
  return `${v.major}.${v.minor}.${v.patch}`;
}

/**
 * The set as release versions see it, or null when it admits none: a release is below X-pre
 * exactly when it is below X, and above X-pre exactly when it is at least X, so prerelease
 * bounds become release bounds (which also compare exactly, see comparesExactly).
 */
function asReleaseBounds(bounds: Bound[]): Bound[] | null {
  const result: Bound[] = [];
  for (const b of bounds) {
    if (!b.version.prerelease.length) {
      result.push(b);
      continue;
    }
    if (b.op === OP_EQUAL) return null;
    const release = new SemVer(mainOf(b.version));
    result.push({ op: b.op & OP_LESS ? OP_LESS : OP_GREATER | OP_EQUAL, version: release });
  }
  return result;
}

/**
 * Appends the set's encoding to `sets`, narrowed when that is exact, unless nothing can pass
 * it. `floor`: the lowest version the set is evaluated for (0.0.0 for releases).
 */
function addSet(sets: EncodedSet[], bounds: Bound[], floor: string): void {
  const narrowed = bounds.every((b) => comparesExactly(b.version)) ? narrow(bounds, floor) : bounds;
  if (!narrowed) return;
  const set = narrowed.map((b): EncodedComparator => [b.op, encodeVersion(b.version)]);
  // Identical sets (e.g. "1.x || 1.x") are evaluated once.
  const key = JSON.stringify(set);
  if (!sets.some((s) => JSON.stringify(s) === key)) sets.push(set);
}

/**
 * The set as at most two bounds, its tightest lower and upper one ("=" when they meet), or
 * null when no version from `floor` up lies between them. A lower bound at or below `floor`
 * is left out: it holds for every version the set is evaluated for.
 */
function narrow(bounds: Bound[], floor: string): Bound[] | null {
  let lower: Bound = { op: OP_GREATER | OP_EQUAL, version: new SemVer(floor) };
  let upper: Bound | undefined;
  for (const b of bounds) {
    if (b.op & OP_GREATER || b.op === OP_EQUAL) {
      const order = compare(b.version, lower.version);
      // Higher wins; at the same version the exclusive bound (">") is the tighter one.
      if (order > 0 || (order === 0 && !(b.op & OP_EQUAL))) lower = { op: (b.op & OP_EQUAL) | OP_GREATER, version: b.version };
    }
    if (b.op & OP_LESS || b.op === OP_EQUAL) {
      const order = upper ? compare(b.version, upper.version) : -1;
      if (order < 0 || (order === 0 && !(b.op & OP_EQUAL))) upper = { op: (b.op & OP_EQUAL) | OP_LESS, version: b.version };
    }
  }
  const result: Bound[] = [];
  const lowerNeeded = compare(lower.version, floor) > 0 || !(lower.op & OP_EQUAL);
  if (upper) {
    const order = compare(lower.version, upper.version);
    if (order > 0 || (order === 0 && !(lower.op & upper.op & OP_EQUAL))) return null;
    if (order === 0) return [{ op: OP_EQUAL, version: upper.version }];
  }
  if (lowerNeeded) result.push(lower);
  if (upper) result.push(upper);
  return result;
}

/**
 * semver compares numeric prerelease identifiers beyond 2^53 as rounded numbers, so two such
 * bounds can compare equal and still differ for some versions. Sets with them are encoded
 * comparator by comparator, exactly as semver evaluates them, without narrowing.
 */
function comparesExactly(v: SemVer): boolean {
  return v.prerelease.every((id) => typeof id === 'number' || !/^\d+$/.test(id));
}

function encodeVersion(v: SemVer): EncodedVersion {
  return [v.major, v.minor, v.patch, ...v.prerelease.map(String)];
}

function invalidRangeMessage(range: unknown, cause: unknown): string {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return (
    `Invalid version range ${JSON.stringify(range)} (${reason}). ` +
    'Expected a semver range such as "^1.2.3", "~1.2.0", ">=1.0.0 <2.0.0", "1.0.0 - 2.0.0" or "*".'
  );
}
