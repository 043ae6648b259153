import lib from 'lib';
import util from 'util-lib';

export async function run() {
  const [remote, remote2, nativeRemote] = await Promise.all([
    import('remote/widget'),
    import('remote2/widget'),
    import('nativeRemote/widget'),
  ]);
  const a = remote.default();
  const b = remote2.default();
  const c = nativeRemote.default();
  return {
    host: { lib: lib.version, util: util.version, utilOwner: util.owner },
    remote: { lib: a.lib, libOwner: a.libOwner, util: a.util, utilOwner: a.utilOwner },
    remote2: { lib: b.lib, libOwner: b.libOwner, util: b.util, utilOwner: b.utilOwner },
    nativeRemote: { lib: c.lib, libOwner: c.libOwner, util: c.util, utilOwner: c.utilOwner },
    oneLib: a.libRef === lib && b.libRef === lib && c.libRef === lib,
    libVersions: Object.keys(__webpack_share_scopes__.default.lib).sort(),
    utilVersions: Object.keys(__webpack_share_scopes__.default['util-lib']).sort(),
  };
}
