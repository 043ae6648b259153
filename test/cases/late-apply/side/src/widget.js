import lib from 'lib';
import onlyRemote from 'only-remote';
import extra from 'extra-lib';

export default function widget() {
  return { lib: lib.version, libRef: lib, onlyRemote: onlyRemote.version, extra: extra.version };
}
