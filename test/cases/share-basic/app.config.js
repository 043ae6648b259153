module.exports = ({ share, options }) => ({
  entry: { main: './src/index.js' },
  // `mode` decides the debug API's default: on in development, off (zero bytes) in production.
  mode: options.mode || 'development',
  plugins: [new share.SharePlugin({ shared: { 'shared-lib': {} } })],
});
