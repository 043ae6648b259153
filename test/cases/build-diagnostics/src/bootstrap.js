import noVersion from 'no-version';
import unlisted from 'unlisted';

export function run() {
  return import('./needs-uninstalled').then(
    () => ({ noVersion, unlisted, uninstalled: 'loaded?!' }),
    (error) => ({ noVersion, unlisted, uninstalled: error.message }),
  );
}
