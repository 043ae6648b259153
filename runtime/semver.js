/*
 * Runtime half of version-range checking. It ships in every bundle, so it is kept tiny
 * and in ES5: the plugin embeds `createSemver.toString()` verbatim as `(<source>)()`.
 * It must not reference anything but its own locals and standard built-ins.
 *
 * Ranges are parsed at build time by lib/core/ranges.ts (with the `semver` package) into
 * this encoding, which answers exactly like `semver.satisfies(version, range)`
 * (default options: not loose, prereleases excluded):
 *
 *   range      = [set, set, ...]                  OR of comparator sets; [] matches nothing
 *   set        = [comparator, comparator, ...]    AND of comparators; [] is "*" (any release)
 *   comparator = [op, major, minor, patch, ...prerelease identifiers]
 *   op         = bit mask of the allowed outcomes of compare(version, comparator):
 *                1 = less, 2 = equal, 4 = greater  ->  < 1, <= 3, = 2, > 4, >= 6
 *   prerelease identifiers: numbers for numeric ones, strings for the rest.
 *
 *   "^1.2.3 || >=2.0.0-beta <3"
 *     -> [[[6,1,2,3],[1,2,0,0,0]], [[6,2,0,0,"beta"],[1,3,0,0,0]]]
 *
 * Messages show the original range string, which the build ships next to the encoding,
 * so there is no range-to-string code here.
 */
module.exports = function createSemver() {
  // semver's strict version grammar (a leading "v" allowed, build metadata ignored).
  var num = '(0|[1-9]\\d*)';
  var id = '(?:\\d*[a-zA-Z-][a-zA-Z0-9-]*|0|[1-9]\\d*)';
  var VERSION = new RegExp(
    '^v?' + num + '\\.' + num + '\\.' + num +
      '(?:-(' + id + '(?:\\.' + id + ')*))?(?:\\+[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*)?$'
  );
  var NUMERIC = /^\d+$/;

  // A version string -> [major, minor, patch, ...prerelease strings], or null when
  // semver would reject it: not a string, over 256 characters (counted before trimming,
  // like semver), not matching the grammar after trimming, or a part above 2^53 - 1.
  function parse(version) {
    if (typeof version != 'string' || version.length > 256) return null;
    var m = VERSION.exec(version.trim());
    if (!m) return null;
    var v = [+m[1], +m[2], +m[3]];
    if (Math.max(v[0], v[1], v[2]) > 9007199254740991) return null;
    return m[4] ? v.concat(m[4].split('.')) : v;
  }

  // semver's identifier order: numeric ones compare as numbers and sort before
  // alphanumeric ones, which compare as strings.
  function compareIds(a, b) {
    var an = NUMERIC.test(a);
    var bn = NUMERIC.test(b);
    if (an && bn) {
      a = +a;
      b = +b;
    }
    return a === b ? 0 : an && !bn ? -1 : bn && !an ? 1 : a < b ? -1 : 1;
  }

  // Precedence of parsed version `a` against the version starting at index `o` of `b`
  // (o = 1 skips a comparator's op code).
  function compare(a, b, o) {
    for (var i = 0; ; i++) {
      var x = a[i];
      var y = b[i + o];
      if (i < 3) {
        if (x !== y) return x < y ? -1 : 1;
        continue;
      }
      if (x === undefined && y === undefined) return 0;
      // Running out first: a release is above its prereleases (i = 3), a shorter
      // prerelease is below a longer one it prefixes (i > 3).
      if (x === undefined) return i == 3 ? 1 : -1;
      if (y === undefined) return i == 3 ? -1 : 1;
      // Equal spellings continue; otherwise semver returns the identifier order
      // (even 0, which only happens for numbers beyond 2^53).
      if (x + '' !== y + '') return compareIds(x + '', y + '');
    }
  }

  function satisfy(range, version) {
    var v = parse(version);
    if (!v) return false;
    for (var s = 0; s < range.length; s++) {
      var set = range[s];
      var ok = true;
      for (var c = 0; ok && c < set.length; c++) {
        ok = (set[c][0] & (1 << (compare(v, set[c], 1) + 1))) > 0;
      }
      // A prerelease version only passes a set that names a prerelease of the same
      // major.minor.patch, so ^1.0.0 never picks 1.1.0-alpha by accident.
      if (ok && v.length > 3) {
        ok = false;
        for (c = 0; c < set.length; c++) {
          var p = set[c];
          if (p.length > 4 && p[1] === v[0] && p[2] === v[1] && p[3] === v[2]) ok = true;
        }
      }
      if (ok) return true;
    }
    return false;
  }

  // semver.compare for valid versions. Total order beyond that: every invalid value
  // sorts below every valid version, and invalid values order by their string form.
  function compareVersions(a, b) {
    var x = parse(a);
    var y = parse(b);
    if (x && y) return compare(x, y, 0);
    if (x || y) return x ? 1 : -1;
    a += '';
    b += '';
    return a === b ? 0 : a < b ? -1 : 1;
  }

  return { satisfy: satisfy, compareVersions: compareVersions };
};
