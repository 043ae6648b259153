export const store = { name: 'store' };
