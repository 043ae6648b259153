// The entry only opens an async boundary. Everything that imports a shared module lives behind
// it, so the share scope is initialised and clsx resolved before that code runs.
import('./bootstrap');
