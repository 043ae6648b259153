// Remote built with webpack: exposes ./Badge through webpack's own ContainerPlugin;
// federated-share does the sharing. Build: `webpack`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
// In your own project: `import { ConsumeSharedPlugin, SharePlugin } from 'federated-share';`.
import { ConsumeSharedPlugin, SharePlugin } from '../../../dist/index.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

export default {
  mode: 'development', // development: the runtime debug API the host page reads is included
  devtool: false,
  context: here,
  // The container entry (remoteEntry.js, added by ContainerPlugin) is what the host loads; main is
  // this remote's own page, to develop it alone (only an import('./bootstrap') boundary, as in the host).
  entry: { main: './src/index.js' },
  output: {
    path: path.join(here, 'dist'),
    publicPath: 'auto', // chunks load next to remoteEntry.js, wherever the host loads it from
    uniqueName: 'remote-webpack', // name in the share scope (`from`) and in the debug API
    clean: true,
  },
  plugins: [
    // Exposes come from the bundler itself: the host reaches this as `remoteWebpack/Badge`.
    new webpack.container.ContainerPlugin({
      name: 'remoteWebpack',
      filename: 'remoteEntry.js',
      exposes: { './Badge': './src/Badge.js' },
    }),
    new SharePlugin({
      shared: {
        react: { singleton: true }, // the host's React; this app's own copy only adds a version to the scope
        'react-dom': { singleton: true }, // for this remote's own page (react-dom/client requires it)
        clsx: {}, // package.json says ^1.2.1: provides clsx 1.2.1 and gets it, while the others use 2.x
      },
    }),
    // Consume only: this app pins lodash 4.17.21 exactly, nobody provides that version (the host
    // and remote-rspack provide 4.18.1), so the runtime takes this app's own copy (the fallback).
    new ConsumeSharedPlugin({ consumes: { 'lodash/': {} } }),
  ],
};
