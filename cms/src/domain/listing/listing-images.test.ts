import { describe, expect, it } from 'vitest';
import { DOCUMENT_MAX_BYTES, IMAGE_MAX_BYTES, listingImageIssues, requestedImageIds, sniffImageType, storedFileName, uploadContentType, uploadIssues, type StoredImage } from './listing-images';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new Uint8Array([...text].map((ch) => ch.charCodeAt(0)));

describe('listing images', () => {
  it('recognises JPEG, PNG and WebP by their first bytes, nothing else', () => {
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(sniffImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
    expect(sniffImageType(ascii('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageType(ascii('GIF89a'))).toBeUndefined();
    expect(sniffImageType(ascii('<svg xmlns='))).toBeUndefined();
    expect(sniffImageType(bytes())).toBeUndefined();
  });

  it('stores an upload under the extension of its content, keeping the name the member gave it', () => {
    expect(uploadContentType(ascii('%PDF-1.7'))).toBe('application/pdf');
    expect(uploadContentType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(uploadContentType(ascii('<html>'))).toBeUndefined();
    expect(storedFileName('Foto.JPG', 'image/jpeg')).toBe('Foto.JPG');
    expect(storedFileName('scan.jpeg', 'image/jpeg')).toBe('scan.jpeg');
    expect(storedFileName('photo.jpg', 'image/png')).toBe('photo.jpg.png');
    expect(storedFileName('report.html', 'image/png')).toBe('report.html.png');
    expect(storedFileName('x.svg', 'image/webp')).toBe('x.svg.webp');
    expect(storedFileName('gnp.\u202Eexe', 'image/png')).toBe('gnp.\u202Eexe.png');
    expect(storedFileName('protocol', 'application/pdf')).toBe('protocol.pdf');
    expect(storedFileName('', 'application/pdf')).toBe('file.pdf');
  });

  it('names the file and the problem of an upload', () => {
    expect(uploadIssues(2, ascii('GIF89a'), 10)).toEqual([expect.objectContaining({ path: ['files', 2], code: 'file_type' })]);
    // A PDF (a handover protocol for an exchange's thread) may be up to 10 MB; a listing never shows one (below).
    expect(uploadIssues(2, ascii('%PDF-1.7'), 10)).toEqual([]);
    expect(uploadIssues(1, ascii('%PDF-1.7'), DOCUMENT_MAX_BYTES + 1)).toEqual([expect.objectContaining({ path: ['files', 1], code: 'file_too_large' })]);
    expect(uploadIssues(0, bytes(0xff, 0xd8, 0xff), IMAGE_MAX_BYTES + 1)).toEqual([expect.objectContaining({ path: ['files', 0], code: 'file_too_large' })]);
    expect(uploadIssues(0, bytes(0xff, 0xd8, 0xff), IMAGE_MAX_BYTES)).toEqual([]);
  });

  it('accepts at most 8 of the member\'s own images, or ones the listing shows already', () => {
    const file = (id: number, uploaderId: number | null, mime = 'image/png', sizeKb = 100): [number, StoredImage] => [id, { id, mime, sizeKb, uploaderId }];
    const files = new Map([file(1, 7), file(2, 8), file(3, 7, 'application/pdf'), file(4, 8), file(5, 7, 'image/jpeg', 6000)]);
    expect(listingImageIssues([1, { id: 1 }], files, 7, new Set())).toEqual([]);
    expect(listingImageIssues([1, 2, 99, 3, 5], files, 7, new Set()).map((i) => [i.path.join('.'), i.code])).toEqual([
      ['images.1', 'not_own_upload'],
      ['images.2', 'not_found'],
      ['images.3', 'file_type'],
      ['images.4', 'file_type'],
    ]);
    expect(listingImageIssues([4], files, 7, new Set([4]))).toEqual([]);
    expect(listingImageIssues(Array(9).fill(1), files, 7, new Set())).toEqual([expect.objectContaining({ path: ['images'], code: 'too_many' })]);
    expect(listingImageIssues('1', files, 7, new Set())).toEqual([expect.objectContaining({ code: 'invalid_type' })]);
    expect(listingImageIssues(null, files, 7, new Set())).toEqual([]);
    expect(requestedImageIds([1, '2', { id: 3 }, 'x', -1])).toEqual([1, 2, 3]);
  });
});
