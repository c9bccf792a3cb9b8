/**
 * The package test's matrix: the Node versions and msw variants a user may have (issue
 * [1/5]), each msw with a query-core (issue [5/5]). The README's compatibility table names
 * exactly these; `peerDependencies.msw` is `^<lowest 2.x> || ^3.0.0`,
 * `peerDependencies['@tanstack/query-core']` `^<lowest>`.
 */

/** Node majors: 20 (the `engines` floor), 22 and 24 (the ones users run). */
export const nodeVersions = ['20', '22', '24'] as const;

export interface MswVariant {
  /** A short name for the cell's line and the consumer's folder. */
  name: string;
  /** What `npm install msw@<range>` is given. */
  range: string;
  /** The lowest Node (major.minor) this msw runs on. */
  minNode: string;
  /**
   * Whether a CommonJS TypeScript file can import this msw under moduleResolution node16.
   * msw 3 ships ESM only, and node16 knows no require(esm): the consumer's own
   * `import { setupServer } from 'msw/node'` is TS1479 there, whatever this package does.
   */
  commonJsUnderNode16: boolean;
  /**
   * The `@tanstack/query-core` installed beside it (the optional peer of `./query`): the lowest
   * of the peer range with the lowest msw, the latest 5.x with the others.
   */
  queryCore: string;
}

/** The lowest msw 2 the code really needs, the latest 2.x, and the latest 3.x. */
export const mswVariants: readonly MswVariant[] = [
  // 2.3.0 is the first msw whose optional peer range admits TypeScript 5.9 (2.0 to 2.2 say
  // `typescript <= 5.2.x` or `<= 5.3.x`, so npm refuses them beside a current TypeScript);
  // the APIs this package calls (http.all, HttpResponse, delay) are all there.
  // 5.66.0 is the first query-core whose query function context carries the QueryClient.
  { name: 'msw2-lowest', range: '2.3.0', minNode: '18.0', commonJsUnderNode16: true, queryCore: '5.66.0' },
  { name: 'msw2-latest', range: '^2', minNode: '18.0', commonJsUnderNode16: true, queryCore: '^5' },
  { name: 'msw3-latest', range: '^3', minNode: '22.12', commonJsUnderNode16: false, queryCore: '^5' },
];
