// The consumer has no copy of its own (import: false): it relies on a scope seeded from outside,
// the way a container's init(shareScope) seeds it.
globalThis.caseResult = globalThis.providerReady.then(() => {
  __webpack_share_scopes__.default = globalThis.providerScope;
  return __webpack_init_sharing__('default');
}).then(() => import('./bootstrap')).then((bootstrap) => bootstrap.run());
