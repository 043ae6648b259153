import lib from 'lib';
import onlyRemote from 'only-remote';

export async function run() {
  const side = await import('side/widget');
  const widget = side.default();
  return {
    lib: lib.version,
    libOwner: lib.owner,
    onlyRemote: onlyRemote.owner,
    widgetLib: widget.lib,
    oneLib: widget.libRef === lib,
    extra: widget.extra,
    scopes: Object.keys(__webpack_share_scopes__).sort(),
    uiKeys: Object.keys(__webpack_share_scopes__.ui).sort(),
  };
}
