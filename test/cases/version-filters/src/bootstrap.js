import lib from 'lib';
import legacy from 'legacy-widget';

export function run() {
  return {
    app: lib.version,
    legacy: legacy.libVersion,
    registered: Object.keys(__webpack_share_scopes__.default.lib).sort(),
  };
}
