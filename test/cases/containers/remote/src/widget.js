import lib from 'lib';
import util from 'util-lib';

export default function describe() {
  return { lib: lib.version, libOwner: lib.owner, util: util.version, utilOwner: util.owner, libRef: lib };
}
