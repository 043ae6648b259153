/*
 * `__webpack_require__.I(scope, initScope)`: fill a share scope with this build's provides
 * and let referenced remote containers add theirs. User code reaches it as
 * `__webpack_init_sharing__(scope)`; webpack's and Rspack's containers reach it through
 * their `init(shareScope, initScope)`, which stores the handed-in scope in
 * `__webpack_require__.S[scope]` first (honoured below: an existing scope is kept).
 *
 * Embedded verbatim as `(<source>)(__webpack_require__, data, share)`; ES5, no free
 * variables. `share` is what createShareScope returned. Data shape: runtime/README.md.
 */
module.exports = function createInitializeSharing(__webpack_require__, data, share) {
  var has = __webpack_require__.o;
  // Per scope: a pending promise, or 1 once done (webpack's "already initialised" marker,
  // which lets eager code carry on synchronously).
  var initPromises = {};
  // Per scope: this build's identity inside an `initScope` array, see below.
  var initTokens = {};

  __webpack_require__.I = function (name, initScope) {
    // Containers pass `initScope` on when they initialise each other; finding our own
    // token in it means this call came back round a cycle (A inits B inits A): stop.
    initScope = initScope || [];
    var token = (initTokens[name] = initTokens[name] || {});
    if (initScope.indexOf(token) >= 0) return;
    initScope.push(token);
    if (initPromises[name]) return initPromises[name];

    var shareScopes = __webpack_require__.S;
    if (!has(shareScopes, name)) shareScopes[name] = {};
    var promises = [];

    // data.init[name]: provide tuples first, then remote container module ids (webpack's
    // order), so remotes see our entries.
    (has(data.init, name) ? data.init[name] : []).forEach(function (item) {
      // One broken remote must not take the app down: warn, and let the others go on.
      function fail(error) {
        share.warn(
          'Initialization of sharing external failed: ' + error +
            ' (remote module ' + item + ', share scope ' + name + ', in ' + data.uniqueName + ')'
        );
      }
      function init(container) {
        return container && container.init && container.init(shareScopes[name], initScope);
      }
      if (typeof item == 'object') {
        share.register(shareScopes[name], item[0], item[1], share.getter(item[2], item[3]), item[4]);
      } else {
        try {
          // The container, or a promise of it while the remote's script loads.
          var container = __webpack_require__(item);
          var result = container && container.then ? container.then(init) : init(container);
          if (result && result.then) promises.push(result['catch'](fail));
        } catch (error) {
          fail(error);
        }
      }
    });

    return (initPromises[name] = promises.length
      ? Promise.all(promises).then(function () {
          return (initPromises[name] = 1);
        })
      : 1);
  };
};
