/*
 * Share-scope map and the helpers the other runtime parts share.
 *
 * Shipped in users' bundles: the plugin embeds `createShareScope.toString()` verbatim as
 * `(<source>)(__webpack_require__, data)`, so this stays ES5 and touches nothing but its
 * parameters and standard built-ins (`data` is not needed here). Data shape and assembly:
 * runtime/README.md.
 *
 * Protocol (webpack's, so apps built by webpack, Rspack or us share one registry):
 *   __webpack_require__.S[scope][key][version] = { get, from, eager, loaded }
 * `get()` hands back a module factory, or a promise of one when chunks must load first;
 * `factory()` returns the module's exports. `loaded` is set by whoever consumes the entry.
 */
module.exports = function createShareScope(__webpack_require__) {
  // Reuse a map someone else created first (a container's runtime, Rspack's own sharing
  // runtime): user code reads this object as __webpack_share_scopes__.
  __webpack_require__.S = __webpack_require__.S || {};

  return {
    // A `get` for module `id` that needs `chunkIds` loaded first. Like webpack's, it returns
    // the factory itself when nothing has to load, so eager entries and fallbacks already
    // in the chunk stay usable synchronously.
    getter: function (id, chunkIds) {
      var factory = __webpack_require__.bind(0, id);
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

    warn: function (message) {
      if (typeof console != 'undefined') console.warn(message);
    }
  };
};
