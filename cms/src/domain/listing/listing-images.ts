// The rules for the images of a listing written by a member: plain TypeScript, no Strapi inside.
import type { FieldIssue } from '../errors/field-error';
import { isRowId } from '../row-id';

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const IMAGES_MAX = 8;

/** The image type a file's first bytes show (not what the client claims), or undefined for anything else. */
export function sniffImageType(head: Uint8Array): (typeof IMAGE_TYPES)[number] | undefined {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => head[i] === byte)) return 'image/png';
  const ascii = (from: number, to: number) => String.fromCharCode(...head.slice(from, to));
  if (head.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return undefined;
}

/** Documents a member may upload besides images (a handover protocol in an exchange's thread), and their limit. */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

/** Tells whether a file's first bytes are a PDF's. */
export function isPdf(head: Uint8Array): boolean {
  return head.length >= 5 && String.fromCharCode(...head.slice(0, 5)) === '%PDF-';
}

/**
 * Problems of one file a member uploads: by its content, a JPEG, PNG or WebP image of at most 5 MB, or a PDF
 * of at most 10 MB (only the exchange thread takes PDFs: a listing's images are checked again by listingImageIssues).
 */
export function uploadIssues(index: number, head: Uint8Array, size: number): FieldIssue[] {
  if (isPdf(head)) {
    return size > DOCUMENT_MAX_BYTES ? [{ path: ['files', index], code: 'file_too_large', message: `files.${index}: a PDF must be at most 10 MB`, params: { maxBytes: DOCUMENT_MAX_BYTES } }] : [];
  }
  const issues: FieldIssue[] = [];
  if (!sniffImageType(head)) issues.push({ path: ['files', index], code: 'file_type', message: `files.${index}: must be a JPEG, PNG or WebP image (or a PDF document)`, params: { allowed: [...IMAGE_TYPES, 'application/pdf'] } });
  if (size > IMAGE_MAX_BYTES) issues.push({ path: ['files', index], code: 'file_too_large', message: `files.${index}: must be at most 5 MB`, params: { maxBytes: IMAGE_MAX_BYTES } });
  return issues;
}

/** What a file's first bytes show it to be: one of the image types, a PDF, or undefined for anything else. */
export function uploadContentType(head: Uint8Array): (typeof IMAGE_TYPES)[number] | 'application/pdf' | undefined {
  return isPdf(head) ? 'application/pdf' : sniffImageType(head);
}

const EXTENSIONS: Record<(typeof IMAGE_TYPES)[number] | 'application/pdf', string[]> = {
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'image/webp': ['.webp'],
  'application/pdf': ['.pdf'],
};

/**
 * The file name an upload is stored under: the member's own, with the extension of its real content added when
 * the name does not end in one (`report.html` of PNG bytes becomes `report.html.png`). The upload plugin takes a
 * file's stored extension and type from its name, and the CMS serves files by their extension: a PNG named
 * .html, .svg or .js was served as a page or a script from the CMS's own origin.
 */
export function storedFileName(name: string, type: keyof typeof EXTENSIONS): string {
  const extension = /\.[^./\\]*$/.exec(name)?.[0]?.toLowerCase() ?? '';
  return EXTENSIONS[type].includes(extension) ? name : `${name || 'file'}${EXTENSIONS[type][0]}`;
}

export interface StoredImage {
  id: number;
  mime: string;
  /** Strapi keeps file sizes in kilobytes. */
  sizeKb: number;
  uploaderId: number | null;
}

/**
 * Checks the images a member attaches to a listing (or, as `field` 'logo', to its municipality's profile): at
 * most 8, each an existing JPEG/PNG/WebP of at most 5 MB that the member uploaded themself (or that the record
 * already shows).
 */
export function listingImageIssues(requested: unknown, files: Map<number, StoredImage>, memberId: number, alreadyAttached: Set<number>, field = 'images'): FieldIssue[] {
  if (requested === null) return [];
  if (!Array.isArray(requested)) return [{ path: [field], code: 'invalid_type', message: `${field}: must be a list of uploaded file ids` }];
  if (requested.length > IMAGES_MAX) return [{ path: [field], code: 'too_many', message: `${field}: must hold at most ${IMAGES_MAX} images`, params: { max: IMAGES_MAX } }];
  const issues: FieldIssue[] = [];
  requested.forEach((value, index) => {
    const id = typeof value === 'object' && value !== null && 'id' in value ? Number((value as { id: unknown }).id) : Number(value);
    const file = isRowId(id) ? files.get(id) : undefined;
    if (!file) {
      issues.push({ path: [field, index], code: 'not_found', message: `${field}.${index}: is not an uploaded file` });
    } else if (file.uploaderId !== memberId && !alreadyAttached.has(id)) {
      issues.push({ path: [field, index], code: 'not_own_upload', message: `${field}.${index}: must be an image you uploaded yourself` });
    } else if (!(IMAGE_TYPES as readonly string[]).includes(file.mime) || file.sizeKb * 1024 > IMAGE_MAX_BYTES) {
      issues.push({ path: [field, index], code: 'file_type', message: `${field}.${index}: must be a JPEG, PNG or WebP image of at most 5 MB` });
    }
  });
  return issues;
}

/** The numeric file ids in a listing write's `images` (ids or { id } objects). */
export function requestedImageIds(requested: unknown): number[] {
  if (!Array.isArray(requested)) return [];
  return requested
    .map((value) => (typeof value === 'object' && value !== null && 'id' in value ? Number((value as { id: unknown }).id) : Number(value)))
    .filter(isRowId);
}
