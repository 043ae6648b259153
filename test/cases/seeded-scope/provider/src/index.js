// Like webpack, an exact provide is registered when the build actually uses the request.
globalThis.providerLibs = () => Promise.all([import('lib'), import('lib2'), import('lib3')]);
// Registers this build's provides, then hands the scope to whoever runs next on the page.
globalThis.providerReady = Promise.resolve(__webpack_init_sharing__('default')).then(() => {
  globalThis.providerScope = __webpack_share_scopes__.default;
});
