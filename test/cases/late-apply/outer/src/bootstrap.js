import lib from 'lib';

export async function run() {
  const shell = await import('shell/panel');
  const panel = shell.default();
  return { lib: lib.version, libOwner: lib.owner, panelLib: panel.lib, oneLib: panel.libRef === lib };
}
