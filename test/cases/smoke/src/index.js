import { greet, version } from 'greeting-lib';

// The lazy chunk proves on-demand chunk loading works in the harness (require on node, JSONP on web).
globalThis.caseResult = import('./lazy').then((lazy) => ({
  eager: greet('main'),
  lazy: lazy.describe(),
  libVersion: version,
}));
