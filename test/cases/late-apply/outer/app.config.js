const { FederationPlugin } = require('../../_support/federation');

module.exports = ({ share }) => ({
  entry: { main: './src/index.js' },
  plugins: [
    new FederationPlugin({
      share,
      remotes: { shell: 'shell@/shell/remoteEntry.js' },
      shareScope: 'ui',
      shared: { lib: { singleton: true } },
    }),
  ],
});
