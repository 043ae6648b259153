import { token, version } from 'shared-lib';

export function run() {
  return import('./lazy').then((lazy) => {
    const scope = __webpack_share_scopes__.default['shared-lib'];
    return {
      version,
      sameInstance: lazy.token === token,
      registered: Object.keys(scope),
      from: scope['1.4.0'].from,
    };
  });
}
