const { FederationPlugin } = require('../../_support/federation');

module.exports = ({ share }) => ({
  entry: { main: './src/index.js' },
  plugins: [
    // Host (remotes) and container (exposes) at once, sharing in a scope other than "default",
    // everything applied from an afterPlugins tap.
    new FederationPlugin({
      share,
      name: 'shell',
      exposes: { './panel': './src/panel.js' },
      remotes: { side: 'side@/side/remoteEntry.js' },
      shareScope: 'ui',
      shared: { lib: { singleton: true }, 'only-remote': { import: false, requiredVersion: '^1.0.0' } },
    }),
  ],
});
