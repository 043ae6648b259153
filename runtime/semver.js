/*
 * Runtime half of version-range checking. It ships in every bundle, so it is kept tiny
 * and in ES5: the plugin embeds `createSemver.toString()` verbatim as `(<source>)()`.
 * It must not reference anything but its own locals and standard built-ins.
 *
 * Ranges are parsed and simplified at build time by lib/core/ranges.ts (with the `semver`
 * package), which also applies semver's prerelease rule, so that this file only has to
 * parse the candidate version and compare it with ready-made bounds. Together they answer
 * exactly like `semver.satisfies(version, range)` (default options):
 *
 *   range      = [releaseSets, prereleaseSets?]   a release must pass one of releaseSets,
 *                                                 a prerelease one of prereleaseSets
 *   set        = [comparator, ...]                AND; [] accepts every version
 *   comparator = [op, [major, minor, patch, ...prerelease identifiers (strings)]]
 *   op         = bit mask of the allowed outcomes of compare(version, bound):
 *                1 = less, 2 = equal, 4 = greater  ->  < 1, <= 3, = 2, > 4, >= 6
 *
 *   "^1.2.3" -> [[[[6, [1, 2, 3]], [1, [2, 0, 0]]]]]
 *
 * Messages show the original range string, which the build ships next to the encoding,
 * so there is no range-to-string code here.
 */
module.exports = function createSemver() {
  // semver's strict version grammar: a leading "v" allowed, build metadata ignored; no "_"
  // anywhere (\w admits it); a numeric identifier has no leading zero, an identifier with a
  // non-digit may have one.
  var VERSION =
    /^(?!.*_)v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?!0\d+(?![\w-]))[\w-]+(?:\.(?!0\d+(?![\w-]))[\w-]+)*))?(?:\+[\w-]+(?:\.[\w-]+)*)?$/;
  var NUMERIC = /^\d+$/;

  // A version string -> [major, minor, patch, ...prerelease], all as strings, or a falsy
  // value where semver rejects it: not a string, over 256 characters (counted before
  // trimming, like semver), not matching the grammar after trimming, or a part above 2^53 - 1.
  function parse(version) {
    var m = typeof version == 'string' && version.length < 257 && VERSION.exec(version.trim());
    return m && Math.max(m[1], m[2], m[3]) < 9007199254740992 && m.slice(1, 4).concat(m[4] ? m[4].split('.') : []);
  }

  // semver's precedence of two parsed versions: -1, 0 or 1. The encoded bounds carry
  // major.minor.patch as numbers, parsed versions as strings: `!=` treats 18 and "18" alike.
  function compare(a, b) {
    for (var i = 0; ; i++) {
      var x = a[i];
      var y = b[i];
      if (x != y) {
        // Running out first: a release is above its prereleases (i = 3), a shorter
        // prerelease is below a longer one it prefixes (i > 3).
        if (x == null || y == null) return (x == null) == (i == 3) ? 1 : -1;
        // semver's identifier order: numeric ones compare as numbers (rounded beyond 2^53,
        // where semver answers 0 and stops) and sort before alphanumeric ones, which
        // compare as strings.
        var numeric = NUMERIC.test(x);
        if (numeric != NUMERIC.test(y)) return numeric ? -1 : 1;
        if (numeric) {
          x = +x;
          y = +y;
        }
        return (x > y) - (x < y);
      }
      if (x == null) return 0;
    }
  }

  return {
    satisfy: function (range, version) {
      var v = parse(version);
      return (
        !!v &&
        (range[v[3] ? 1 : 0] || []).some(function (set) {
          return set.every(function (c) {
            return c[0] & (1 << (compare(v, c[1]) + 1));
          });
        })
      );
    },

    // semver.compare for valid versions. Total order beyond that: every invalid value
    // sorts below every valid version, and invalid values order by their string form.
    compare: function (a, b) {
      var x = parse(a);
      var y = parse(b);
      return x && y ? compare(x, y) : !!x - !!y || ((a += '') > (b += '')) - (a < b);
    }
  };
};
