// The package root: consumers import everything from '@community-sharing/config'.
export * from './locales.js';
export * from './countries.js';
export * from './listing-vocabulary.js';
export * from './listing-kinds.js';
export * from './transliterate.js';
export * from './cpv.js';
export * from './env.js';
export * from './geo.js';
export * from './prng.js';
export * from './impact-factors.js';
