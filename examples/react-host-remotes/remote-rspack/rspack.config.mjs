// Remote built with Rspack: exposes ./Counter (a component with hooks) through Rspack's own
// ContainerPlugin; federated-share does the sharing. Build: `rspack build`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rspack } from '@rspack/core';
// In your own project: `import { SharePlugin } from 'federated-share';` (see examples/basic).
import { SharePlugin } from '../../../dist/index.mjs';

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
    uniqueName: 'remote-rspack', // name in the share scope (`from`) and in the debug API
    clean: true,
  },
  resolve: { extensions: ['.js', '.jsx'] },
  module: {
    rules: [
      {
        test: /\.jsx$/,
        loader: 'builtin:swc-loader', // Rspack's built-in JSX transform
        options: { jsc: { parser: { syntax: 'ecmascript', jsx: true }, transform: { react: { runtime: 'automatic' } } } },
        type: 'javascript/auto',
      },
    ],
  },
  plugins: [
    // Exposes come from the bundler itself: the host reaches this as `remoteRspack/Counter`.
    new rspack.container.ContainerPlugin({
      name: 'remoteRspack', // global variable the host's script remote reads
      filename: 'remoteEntry.js',
      exposes: { './Counter': './src/Counter.jsx' },
    }),
    // Sharing comes from federated-share. Versions and ranges are read from the package.json files.
    new SharePlugin({
      shared: {
        react: { singleton: true }, // hooks only work with the one React the host renders with
        'react-dom': { singleton: true }, // for this remote's own page (react-dom/client requires it)
        clsx: {}, // needs ^2.1.0 (package.json): shares the newer major with the host
        'lodash/': {}, // every lodash/<fn> request is its own shared module (lodash/capitalize, …)
      },
    }),
  ],
};
