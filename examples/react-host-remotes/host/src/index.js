// Only an async boundary: React, clsx and lodash are shared, so the code that imports them runs
// after the share scope is initialised (this app's provides, then both remotes' via their init()).
import('./bootstrap');
