module.exports = ({ share }) => ({
  entry: { main: './src/index.js' },
  // asyncStartup is accepted but not implemented yet: the build must say so.
  plugins: [new share.SharePlugin({ shared: { lib: {} }, asyncStartup: true })],
});
