const { FederationPlugin } = require('../../_support/federation');

module.exports = ({ share }) => ({
  // Only a container.
  entry: {},
  plugins: [
    // One plugin applied directly, before the wrapper: both configs must take effect.
    new share.ProvideSharedPlugin({ shareScope: 'ui', provides: { 'extra-lib': {} } }),
    new FederationPlugin({
      share,
      name: 'side',
      exposes: { './widget': './src/widget.js' },
      shareScope: 'ui',
      shared: { lib: { singleton: true }, 'only-remote': {} },
    }),
  ],
});
