module.exports = ({ share }) => ({
  entry: { main: './src/index.js' },
  plugins: [
    new share.SharePlugin({
      shared: {
        // A path key: resolved from the context, matched by the file each import resolves to.
        './src/store': { shareKey: 'store', requiredVersion: '^3.0.0' },
        // A path key that resolves to nothing: a build error naming it, not silence.
        './src/does-not-exist': { shareKey: 'ghost', requiredVersion: false },
      },
    }),
  ],
});
