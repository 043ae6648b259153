import lib from 'lib';

export default function panel() {
  return { lib: lib.version, libOwner: lib.owner, libRef: lib };
}
