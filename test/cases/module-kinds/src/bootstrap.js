import greet, { named, identity } from '@scope/esm-lib';
import { extra } from '@scope/esm-lib/extra';
import cjs, { helper } from 'cjs-lib';
import * as cjsNamespace from 'cjs-lib';
import core from 'core-lib';
import dom from 'dom-lib';

export function run() {
  return import('./lazy').then((lazy) => ({
    esmDefault: greet('x'),
    esmNamed: named,
    esmDeep: extra,
    cjsDefault: cjs(),
    cjsNamed: helper,
    cjsNamespaceDefault: cjsNamespace.default(),
    // dom-lib requires core-lib itself: a shared package requiring another shared package keeps one instance.
    oneCore: dom.coreInstance === core.instance,
    sameEsmAcrossChunks: lazy.identity === identity,
    scopes: Object.keys(__webpack_share_scopes__.default).sort(),
  }));
}
