/*
 * `__webpack_require__.I(scope, initScope)`: fill a share scope with this build's provides
 * and let referenced remote containers add theirs. User code reaches it as
 * `__webpack_init_sharing__(scope)`; webpack's and Rspack's containers reach it through
 * their `init(shareScope, initScope)`, which stores the handed-in scope in
 * `__webpack_require__.S[scope]` first (honoured below: an existing scope is kept).
 *
 * Embedded verbatim as `(<source>)(__webpack_require__, data, share)`; ES5, no free
 * variables. `share` is what createShareScope returned; runtime/remotes.js adds
 * `share.remotes` to it in builds that reference remote containers. `data`: [uniqueName,
 * init, ...], see runtime/README.md.
 */
module.exports = function createInitializeSharing(__webpack_require__, data, share) {
  var has = __webpack_require__.o;
  var app = data[0];
  var init = data[1];
  // Per scope: this build's identity inside `initScope` arrays (see below). The token also
  // holds the scope's state at index 0: a pending promise, or 1 once done (webpack's
  // "already initialised" marker, which lets eager code carry on synchronously).
  var tokens = {};

  __webpack_require__.I = function (name, initScope) {
    var token = tokens[name] || (tokens[name] = []);
    // Containers pass `initScope` on when they initialise each other; finding our own
    // token in it means this call came back round a cycle (A inits B inits A): stop.
    initScope = initScope || [];
    if (initScope.indexOf(token) >= 0) return;
    initScope.push(token);
    if (token[0]) return token[0];

    var shareScopes = __webpack_require__.S;
    var scope = has(shareScopes, name) ? shareScopes[name] : (shareScopes[name] = {});
    // init[name]: provide tuples first, then remote container module ids (webpack's order),
    // so remotes see our entries.
    var items = has(init, name) ? init[name] : [];

    items.forEach(function (item) {
      // The registration rule, the same in every app so all apps converge on one entry:
      // a loaded entry is never replaced (its module already runs); else eager beats lazy
      // (eager consumers can only use eager entries); else the larger `from` wins.
      // Own-property check: a share key such as "constructor" must not hit Object.prototype.
      if (typeof item == 'object') {
        var versions = has(scope, item[0]) ? scope[item[0]] : (scope[item[0]] = {});
        var old = versions[item[1]];
        var eager = item[4];
        if (!old || (!old.loaded && (!eager != !old.eager ? eager : app > old.from))) {
          versions[item[1]] = { get: share.getter(item[2], item[3]), from: app, eager: !!eager };
        }
      }
    });

    // The remote container ids among `items` are initialised by runtime/remotes.js, which
    // the plugin embeds (setting `share.remotes`) exactly when the data lists any: builds
    // without remotes ship no container code and are done right here.
    return (token[0] = share.remotes ? share.remotes(items, scope, name, initScope, token) : 1);
  };
};
