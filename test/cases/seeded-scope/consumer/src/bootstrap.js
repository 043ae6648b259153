import lib from 'lib';
import lib2 from 'lib2';

const outcome = (promise) => promise.then((module) => module.default, (error) => error.message);

export function run() {
  return Promise.all([outcome(import('./needs-missing')), outcome(import('./needs-lib3'))]).then(([missing, lib3]) => ({
    lib,
    lib2,
    missing,
    lib3,
  }));
}
