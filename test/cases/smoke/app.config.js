// No sharing: this case proves the harness itself on both bundlers and both targets.
module.exports = () => ({
  entry: { main: './src/index.js' },
});
