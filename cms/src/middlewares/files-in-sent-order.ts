/**
 * Formidable (under strapi::body) lists a request's files in the order their writes to disk finish, not the order
 * they were sent: a small PDF sent second could come first. The upload route matches fileInfo to files by index,
 * so a batch's names and alternative texts landed on the wrong files. `stampPartOrder` (given to formidable as
 * onFileBegin, which runs as each part begins, in the order sent) numbers the files; this middleware, right after
 * strapi::body, puts every list of files back in that order.
 */
const PART_ORDER = Symbol('partOrder');
let partsBegun = 0;

export function stampPartOrder(_field: string, file: object): void {
  (file as Record<symbol, number>)[PART_ORDER] = ++partsBegun;
}

export function inSentOrder<T extends object>(files: T[]): T[] {
  const order = (file: T) => (file as Record<symbol, number>)[PART_ORDER] ?? 0;
  return [...files].sort((a, b) => order(a) - order(b));
}

export default () => async (ctx: any, next: () => Promise<void>) => {
  const files = ctx.request?.files;
  if (files && typeof files === 'object') {
    for (const [field, value] of Object.entries(files)) {
      if (Array.isArray(value) && value.length > 1) files[field] = inSentOrder(value as object[]);
    }
  }
  return next();
};
