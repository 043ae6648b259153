/*
 * Async startup, embedded only with the `asyncStartup` option: the entry waits until every
 * initial consume (data[4]) is resolved through the asynchronous path, so initial consumes
 * may be lazy (their scopes initialised, remotes included, their chunks loaded) and no
 * `import("./bootstrap")` boundary is needed.
 *
 * Embedded verbatim as `(<source>)(__webpack_require__, data, consumes)`; ES5, no free
 * variables. `consumes` is what createConsumes returned. The runtime module requires
 * `__webpack_require__.x` (startup) in that case, the function the bundler calls to run
 * the entry modules; we wrap it. Protocol: runtime/README.md.
 */
module.exports = function createAsyncStartup(__webpack_require__, data, consumes) {
  var startup = __webpack_require__.x;
  // Resolves once every initial consume is resolved or has failed (a failure is kept and
  // thrown when the consume module is required, like any asynchronous resolution).
  __webpack_require__.FSs = function () {
    return Promise.all(data[4].map(consumes.load));
  };
  __webpack_require__.x = function () {
    return __webpack_require__.FSs().then(function () {
      return startup();
    });
  };
};
