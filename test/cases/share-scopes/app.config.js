module.exports = ({ share }) => ({
  entry: { main: './src/index.js' },
  plugins: [
    // Two share scopes side by side: a module registered in one is invisible in the other.
    new share.SharePlugin({ shareScope: 'legacy', shared: { 'lib-a': {} } }),
    new share.SharePlugin({ shared: { 'lib-b': { shareScope: 'default' } } }),
  ],
});
