module.exports = ({ share }) => ({
  entry: { main: './src/index.js' },
  plugins: [
    new share.SharePlugin({
      shared: {
        // Its package.json has no version: provided as "0", with a warning.
        'no-version': {},
        // Not listed in the app's package.json: consumed with any version, with a warning.
        unlisted: {},
      },
    }),
    // Its fallback is not installed: a build error naming the shared module.
    new share.ConsumeSharedPlugin({ consumes: { 'not-installed': { requiredVersion: '^1.0.0' } } }),
  ],
});
