import a from 'lib-a';
import b from 'lib-b';

export function run() {
  const scopes = __webpack_share_scopes__;
  return {
    a: a.name,
    b: b.name,
    scopes: Object.keys(scopes).sort(),
    legacy: Object.keys(scopes.legacy),
    default: Object.keys(scopes.default),
  };
}
