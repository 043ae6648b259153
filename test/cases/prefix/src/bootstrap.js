import chunk from 'toolkit/chunk';
import map from 'toolkit/fp/map';

export function run() {
  const scope = __webpack_share_scopes__.default;
  return {
    chunked: chunk([1, 2, 3], 2),
    doubled: map((x) => x * 2)([1, 2]),
    keys: Object.keys(scope).sort(),
    versions: Object.keys(scope['toolkit/chunk']),
  };
}
