import noVersion from 'no-version';
import unlisted from 'unlisted';
import wsLib from 'ws-lib';

export function run() {
  return import('./needs-uninstalled').then(
    () => ({ noVersion, unlisted, wsLib, uninstalled: 'loaded?!' }),
    (error) => ({ noVersion, unlisted, wsLib, uninstalled: error.message }),
  );
}
