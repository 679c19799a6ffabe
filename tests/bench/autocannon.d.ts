// autocannon ships no type declarations; the site benchmark's client uses it loosely typed.
declare module 'autocannon';
