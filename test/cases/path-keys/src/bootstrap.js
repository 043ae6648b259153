import { store } from './store';

export function run() {
  return import('./feature/panel').then((panel) => {
    const scope = __webpack_share_scopes__.default;
    return {
      oneStore: panel.store === store,
      keys: Object.keys(scope).sort(),
      versions: Object.keys(scope.store),
    };
  });
}
