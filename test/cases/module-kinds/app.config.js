module.exports = ({ share }) => ({
  entry: { main: './src/index.js' },
  plugins: [
    new share.SharePlugin({
      shared: { '@scope/esm-lib': {}, '@scope/esm-lib/extra': {}, 'cjs-lib': {}, 'core-lib': { singleton: true }, 'dom-lib': {} },
    }),
  ],
});
