/**
 * Workspace sizes. Module counts are what the generator writes (package modules + app files);
 * the bundlers add a few of their own (barrels, generated sharing modules).
 *
 * - packages:           npm packages in the workspace's node_modules (some shared, some not)
 * - modulesPerPackage:  source modules inside each package (plus its index.js barrel)
 * - pages:              lazy `import()` boundaries in the host app (one chunk each)
 * - components:         other host app files, reached from the pages
 * - deepEntries:        public deep entry points of a prefix-shared package (`pkg/lib/g0/m5`)
 * - remoteOverrides:    every n-th shared package gets a newer copy in the remote app's own node_modules
 */
export const PRESETS = {
  small: { packages: 8, modulesPerPackage: 30, pages: 8, components: 52, deepEntries: 4, remoteOverrides: 3 },
  medium: { packages: 20, modulesPerPackage: 100, pages: 40, components: 460, deepEntries: 6, remoteOverrides: 3 },
  large: { packages: 50, modulesPerPackage: 220, pages: 100, components: 1900, deepEntries: 8, remoteOverrides: 3 },
};

/** Warm-up rounds and measured rounds of the build benchmark (per bundler × mode). */
export const DEFAULT_RUNS = 5;
export const WARMUP_ROUNDS = 1;
