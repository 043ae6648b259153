// This remote's own page (the host does not load it): only an async boundary, so that React is
// resolved from the share scope before the code that uses it runs.
import('./bootstrap');
