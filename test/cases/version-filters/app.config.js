module.exports = ({ share }) => ({
  entry: { main: './src/index.js' },
  // Only lib@2 takes part in sharing; legacy-widget's nested lib@1 is bundled as if not shared.
  plugins: [new share.SharePlugin({ shared: { lib: { include: { version: '^2.0.0' } } } })],
});
