export const store = { created: Math.random() };
