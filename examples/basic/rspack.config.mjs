// The smallest useful federated-share setup: one app that provides clsx to the share scope and
// consumes it from there. Build it with `rspack build` or, unchanged, with
// `webpack --config rspack.config.mjs`: the plugin works the same on both bundlers.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// In your own project: `import { SharePlugin } from 'federated-share';`. This example lives inside
// the plugin's repository, so it imports the plugin's build output (`npm run build`) by path.
import { SharePlugin } from '../../dist/index.mjs';

const here = path.dirname(fileURLToPath(import.meta.url)); // this folder, whatever the current directory

export default {
  mode: 'development', // development builds include the runtime debug API the page reads
  devtool: false, // plain readable output (no eval() wrappers, no source maps)
  context: here, // ./src/index.js and package.json are looked up from here
  entry: { main: './src/index.js' }, // index.js only does import('./bootstrap'): shared modules need that async boundary
  output: {
    path: path.join(here, 'dist'), // public/index.html loads dist/main.js (the example server serves both folders)
    publicPath: 'auto', // chunks load relative to main.js, wherever it is served from
    uniqueName: 'basic', // this app's name in the share scope (the `from` of what it provides) and in the debug API
    clean: true, // no stale chunks from an earlier build
  },
  plugins: [
    new SharePlugin({
      // Provide this app's clsx (registered under the `version` of node_modules/clsx/package.json)
      // and consume it from the share scope: any provided 2.x at or above 2.1 is accepted.
      shared: { clsx: { requiredVersion: '^2.1.0' } },
    }),
  ],
};
