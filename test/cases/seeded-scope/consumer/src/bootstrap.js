import lib from 'lib';

export function run() {
  return import('./needs-missing').then(
    () => ({ lib, missing: 'loaded?!' }),
    (error) => ({ lib, missing: error.message }),
  );
}
