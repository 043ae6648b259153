module.exports = ({ share }) => ({
  entry: { main: './src/index.js' },
  plugins: [
    new share.SharePlugin({
      shared: {
        // Its package.json has no version: provided as "0", with a warning.
        'no-version': {},
        // Not listed in the app's package.json: consumed with any version, with a warning.
        unlisted: {},
        // Declared as "workspace:^": settled with the version of the app's own copy (^2.3.0), no warning.
        'ws-lib': {},
      },
    }),
    // Its fallback is not installed: a build error naming the shared module.
    new share.ConsumeSharedPlugin({ consumes: { 'not-installed': { requiredVersion: '^1.0.0' } } }),
    // The same key twice (the later config wins): a warning. An explicit version that is not semver: a warning.
    new share.ProvideSharedPlugin({ provides: { 'ws-lib': { version: 'latest' } } }),
  ],
});
