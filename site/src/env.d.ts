/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The locale of the request: the [locale] segment once validated, else the visitor's best match. */
    locale: import('@community-sharing/config').LocaleCode;
    /** Loads the association's pages for the footer ([] when the CMS does not answer). */
    /** The logged-in member (jwt and profile from the server-side session), if any. */
    member?: import('./lib/member-session').Member;
    footerPages?: () => Promise<import('./lib/cms-client').ContentInLocale[]>;
  }
}

interface ImportMetaEnv {
  readonly CMS_URL?: string;
}

// For plain `tsc` (tests import components); `astro check` types .astro files itself.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
