// Every catalog file of this folder that is named after a locale (bg.ts, sr-Cyrl.ts…), found at build time
// (the patterns match only locale-shaped names, so this module never imports itself).
// A translator adds a locale by adding its file: nothing else needs to change.
import { isLocaleCode, type LocaleCode } from '@community-sharing/config';
import type { Catalog } from './en';

const modules = import.meta.glob<Partial<Catalog>>(['./??.ts', './sr-*.ts'], { eager: true, import: 'default' });

/** The catalogs found, by locale; a locale whose file is missing is absent. */
export const CATALOGS: Partial<Record<LocaleCode, Partial<Catalog>>> = Object.fromEntries(
  Object.entries(modules)
    .map(([path, catalog]) => [path.replace(/^\.\/(.*)\.ts$/, '$1'), catalog] as const)
    .filter(([name]) => isLocaleCode(name)),
);
