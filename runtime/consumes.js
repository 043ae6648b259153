/*
 * Consuming shared modules: pick a version from the share scope, load it before the
 * modules that import it run, and hand its exports to the generated consume modules.
 *
 * Embedded verbatim as `(<source>)(__webpack_require__, data, semver, share)`; ES5, no
 * free variables. `semver` is runtime/semver.js's object, `share` createShareScope's,
 * `data` [uniqueName, init, consumes, chunks, initial]. Data shape and the globals defined
 * here: runtime/README.md.
 *
 * A consume is a tuple: [scope, key, flags, range, rangeText, fallbackId, fallbackChunkIds]
 * flags: 1 singleton, 2 strictVersion (already defaulted by the build), 4 eager;
 * range: encoded by lib/core/ranges.ts, 0 for "any version"; no fallbackId: `import: false`.
 */
module.exports = function createConsumes(__webpack_require__, data, semver, share) {
  var app = data[0];
  var consumes = data[2];
  // consume id -> factory once resolved, promise while resolving asynchronously, or a
  // function that throws the error of a failed asynchronous resolution (thrown on require,
  // so one bad consume does not fail the whole chunk load).
  var cache = {};
  // runtime/debug.js (when embedded) sets `api.onResolve(id, consume, result)` and uses
  // `choose` to test resolutions without loading anything; runtime/asyncStartup.js (when
  // embedded) resolves the initial consumes with `load`.
  var api = { choose: choose, load: load };

  // The versions of the consume's key in its scope, read now, not at init, so versions other
  // apps added since count.
  function versionsOf(c) {
    var scope = __webpack_require__.S[c[0]];
    return (scope && __webpack_require__.o(scope, c[1]) && scope[c[1]]) || {};
  }

  // Webpack's wording first (what people search for), then the facts that help: who
  // consumes, and every version on offer with its provider. How to fix each message:
  // runtime/README.md#troubleshooting.
  function explain(text, all, eager) {
    return (
      text + ', consumed ' + (eager ? 'eagerly ' : '') + 'by ' + app + '.\nAvailable versions: ' +
      (Object.keys(all)
        .map(function (v) {
          return v + ' from ' + all[v].from;
        })
        .join(', ') || 'none') +
      '.\nSee federated-share/runtime/README.md#troubleshooting'
    );
  }

  // The decision, free of side effects: [version, message, isError, entry].
  // No entry and no error means "use the fallback"; a message without error is a warning.
  function choose(c, eager) {
    var all = versionsOf(c);
    var range = c[3];
    var singleton = c[2] & 1;
    var strict = c[2] & 2;
    var fallback = c.length > 5;
    var best, bestRank, version, rank;
    // One pass, best first: a singleton prefers the copy already running, others a version
    // satisfying the range; ties go to the higher version. Eager code runs before any chunk
    // can load, so it only sees eager entries.
    for (version in all) {
      if (!eager || all[version].eager) {
        rank = singleton ? !!all[version].loaded : !range || semver.satisfy(range, version);
        if (best == null || (rank - bestRank || semver.compare(version, best)) > 0) {
          best = version;
          bestRank = rank;
        }
      }
    }
    if (best == null) {
      return fallback ? [] : [best, explain("Shared module " + c[1] + " doesn't exist in shared scope " + c[0], all, eager), 1];
    }
    if (!range || semver.satisfy(range, best)) return [best, 0, 0, all[best]];
    if (!singleton && strict && fallback) return [];
    return [
      best,
      explain(
        singleton
          ? 'Unsatisfied version ' + best + ' from ' + all[best].from + ' of shared singleton module ' + c[1] +
              ' (required ' + c[4] + ')'
          : 'No satisfying version (' + c[4] + ') of shared module ' + c[1] + ' found in shared scope ' + c[0],
        all,
        eager
      ),
      strict,
      all[best]
    ];
  }

  // Decide and start loading: returns a factory, or a promise of one unless `sync`, where
  // anything not available right now is the "eager consumption" error.
  function resolve(id, sync) {
    var c = consumes[id];
    var eager = c[2] & 4;
    var pending = __webpack_require__.I(c[0]);
    var r = [0, 0, 1];
    var factory;
    // Not eager: the scope is only complete once remote containers are initialised.
    if (!sync || eager || !(pending && pending.then)) {
      r = choose(c, eager);
      if (!r[2]) {
        if (r[1]) share.warn(r[1]);
        factory = r[3] ? ((r[3].loaded = 1), r[3].get()) : share.getter(c[5], c[6])();
        if (sync && factory.then) r = [r[0], 0, 1, r[3]];
      }
    }
    if (r[2] && !r[1]) {
      r[1] = explain('Shared module is not available for eager consumption: ' + id + ' (' + c[1] + ')', versionsOf(c), eager);
    }
    if (api.onResolve) api.onResolve(id, c, r);
    if (r[2]) throw Error(r[1]);
    return factory;
  }

  // Asynchronous resolution, once per consume id: the promise while it runs, then the
  // cached factory (Promise.all takes either).
  function load(id) {
    return (
      cache[id] ||
      (cache[id] = Promise.resolve(consumes[id][2] & 4 || __webpack_require__.I(consumes[id][0]))
        .then(function () {
          return resolve(id);
        })
        .then(
          function (factory) {
            cache[id] = factory;
          },
          function (error) {
            cache[id] = function () {
              throw error;
            };
          }
        ))
    );
  }

  // Chunk loading: resolve a chunk's consumes (data[3]: chunk id -> consume ids) before its
  // modules run. Kept here although builds whose consumes are all initial never use it: as
  // a file of its own (with `load`) it would need `cache` and `resolve` exposed, which costs
  // the usual build, one with async chunks that consume, more than the others would save
  // (runtime/README.md, "Assembly").
  if (__webpack_require__.f) {
    __webpack_require__.f.consumes = function (chunkId, promises) {
      if (__webpack_require__.o(data[3], chunkId)) promises.push.apply(promises, data[3][chunkId].map(load));
    };
  }

  // The one accessor generated consume modules call:
  //   module.exports = __webpack_require__.FSc(module.id)
  // It reads our own cache, so JSONP re-installing `__webpack_require__.m[id]` changes
  // nothing. Not resolved yet (initial chunks never pass the chunk handler): resolve now.
  __webpack_require__.FSc = function (id) {
    var f = cache[id];
    return (f && !f.then ? f : (cache[id] = resolve(id, 1)))();
  };

  return api;
};
