module.exports = ({ share }) => ({
  entry: { main: './src/index.js' },
  // The same lazy share, but the entry waits for the initial consumes: no import() boundary needed.
  plugins: [new share.SharePlugin({ shared: { lib: {} }, asyncStartup: true })],
});
