// A ModuleFederationPlugin look-alike, written the way webpack's and Rspack's own
// ModuleFederationPlugin (and wrappers of it) apply their parts: the bundler's container plugins
// and the sharing plugin are applied from a `compiler.hooks.afterPlugins` tap, not directly.
// Fixtures use it so our plugin is exercised the way real configs reach it.
class FederationPlugin {
  /** @param {{ share: any, name?: string, filename?: string, exposes?: object, remotes?: object, remoteType?: string, shared?: object, shareScope?: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    // As ModuleFederationPlugin: the container's library type is enabled now, while the bundler
    // still enables library types; the parts themselves come from the afterPlugins tap.
    const output = compiler.options.output;
    if (this.options.exposes && !output.enabledLibraryTypes.includes('var')) output.enabledLibraryTypes.push('var');
    compiler.hooks.afterPlugins.tap('FederationPlugin', () => {
      const { container } = compiler.webpack;
      const { share, name, filename = 'remoteEntry.js', exposes, remotes, remoteType = 'script', shared, shareScope } = this.options;
      if (exposes) new container.ContainerPlugin({ name, library: { type: 'var', name }, filename, exposes, shareScope }).apply(compiler);
      if (remotes) new container.ContainerReferencePlugin({ remoteType, remotes, shareScope }).apply(compiler);
      if (shared) new share.SharePlugin({ shared, shareScope }).apply(compiler);
    });
  }
}

module.exports = { FederationPlugin };
