// No import() boundary: the consume of "lib" is in the initial chunk.
import lib from 'lib';

globalThis.caseResult = {
  version: lib.version,
  eagerEntry: __webpack_share_scopes__.default.lib['3.2.1'].eager,
};
