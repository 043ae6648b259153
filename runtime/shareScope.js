/*
 * Share-scope registry: the part of the runtime the other parts build on.
 *
 * Shipped in users' bundles: the plugin embeds `createShareScope.toString()` verbatim as
 * `(<source>)(__webpack_require__, data)`, so this stays ES5 and touches nothing but its
 * parameters and standard built-ins. Data shape and assembly: runtime/README.md.
 *
 * Protocol (webpack's, so apps built by webpack, Rspack or us share one registry):
 *   __webpack_require__.S[scope][key][version] = { get, from, eager, loaded }
 * `get()` hands back a module factory, or a promise of one when chunks must load first;
 * `factory()` returns the module's exports. `loaded` is set by whoever consumes the entry.
 */
module.exports = function createShareScope(__webpack_require__, data) {
  // Reuse a map someone else created first (a container's runtime, Rspack's own sharing
  // runtime): user code reads this object as __webpack_share_scopes__.
  __webpack_require__.S = __webpack_require__.S || {};

  return {
    // A `get` for module `id` that needs `chunkIds` loaded first. Like webpack's, it returns
    // the factory itself when nothing has to load, so eager entries and fallbacks already
    // in the chunk stay usable synchronously.
    getter: function (id, chunkIds) {
      function factory() {
        return __webpack_require__(id);
      }
      return function () {
        return chunkIds.length
          ? Promise.all(
              chunkIds.map(function (chunkId) {
                // Wrapped: `e` takes an optional second argument (fetch priority).
                return __webpack_require__.e(chunkId);
              })
            ).then(function () {
              return factory;
            })
          : factory;
      };
    },

    // The registration rule, the same in every app so all apps converge on one entry:
    // a loaded entry is never replaced (its module already runs); else eager beats lazy
    // (eager consumers can only use eager entries); else the larger `from` wins.
    register: function (scope, key, version, get, eager) {
      // Own-property check: a share key such as "constructor" must not hit Object.prototype.
      var versions = __webpack_require__.o(scope, key) ? scope[key] : (scope[key] = {});
      var old = versions[version];
      if (!old || (!old.loaded && (!eager != !old.eager ? eager : data.uniqueName > old.from))) {
        versions[version] = { get: get, from: data.uniqueName, eager: !!eager };
      }
    },

    warn: function (message) {
      if (typeof console != 'undefined') console.warn(message);
    }
  };
};
