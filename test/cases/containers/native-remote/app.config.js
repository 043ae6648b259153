module.exports = ({ webpack }) => ({
  entry: { main: './src/index.js' },
  plugins: [
    new webpack.container.ContainerPlugin({
      name: 'nativeRemote',
      filename: 'remoteEntry.js',
      exposes: { './widget': './src/widget.js' },
    }),
    // The bundler's OWN sharing: this app must agree with the federated-share apps on one scope.
    new webpack.sharing.SharePlugin({ shared: { lib: { singleton: true }, 'util-lib': {} } }),
  ],
});
