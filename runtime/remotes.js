/*
 * Initialising remote containers: the part of `__webpack_require__.I` only builds that
 * reference remotes need. lib/runtime-modules/renderRuntime.ts embeds this file exactly
 * when the data lists remote container ids in `init` (the items that are not provide
 * tuples), so nothing else in runtime/ knows it.
 *
 * Embedded verbatim as `(<source>)(__webpack_require__, data, share)`; ES5, no free
 * variables. It fills `share.remotes`, the slot `I` calls once its own provides are
 * registered (runtime/initializeSharing.js). Data shape: runtime/README.md.
 */
module.exports = function createRemotes(__webpack_require__, data, share) {
  // `I(name, initScope)` hands over init[name] (`items`), the filled `scope` and its
  // `token`; what this returns becomes `I`'s result: a promise while containers initialise
  // (it sets the token to webpack's "done" marker 1 when they have), or 1 right away when
  // none is pending.
  share.remotes = function (items, scope, name, initScope, token) {
    var promises = [];
    items.forEach(function (id) {
      // One broken remote must not take the app down: warn, and let the others go on.
      function fail(error) {
        share.warn(
          'Initialization of sharing external failed: ' + error +
            ' (remote module ' + id + ', share scope ' + name + ', in ' + data[0] + ')'
        );
      }
      function initContainer(container) {
        return container && container.init && container.init(scope, initScope);
      }
      if (typeof id != 'object') {
        try {
          // The container, or a promise of it while the remote's script loads.
          var result = __webpack_require__(id);
          result = result && result.then ? result.then(initContainer) : initContainer(result);
          if (result && result.then) promises.push(result['catch'](fail));
        } catch (error) {
          fail(error);
        }
      }
    });
    return promises.length
      ? Promise.all(promises).then(function () {
          return (token[0] = 1);
        })
      : 1;
  };
};
