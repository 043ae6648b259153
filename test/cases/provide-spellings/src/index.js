// The provided file is reached first through a relative path, then by the shared request.
import direct from '../node_modules/lib/index.js';

globalThis.caseResult = Promise.resolve(__webpack_init_sharing__('default'))
  .then(() => import('./later'))
  .then((later) => ({
    same: later.default === direct,
    registered: Object.keys(__webpack_share_scopes__.default.lib || {}),
  }));
