// A remote's own entry is not used in this case; the container entry (remoteEntry.js) is.
