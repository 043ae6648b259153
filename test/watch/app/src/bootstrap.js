import lib from 'lib';

export function run() {
  return { value: lib.value, registered: Object.keys(__webpack_share_scopes__.default.lib) };
}
