import lib from 'lib';
import legacy from 'legacy-widget';
import modern from 'modern-widget';

export function run() {
  return {
    app: lib.version,
    legacy: legacy.libVersion,
    modern: modern.libVersion,
    modernSharesAppCopy: modern.lib === lib,
    registered: Object.keys(__webpack_share_scopes__.default.lib).sort(),
  };
}
