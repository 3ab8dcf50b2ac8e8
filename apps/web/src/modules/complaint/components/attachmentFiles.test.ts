import { COMPLAINT_LIMITS } from '@gongzhi/contracts';
import { describe, expect, it } from 'vitest';
import {
  AttachmentError,
  base64Length,
  decodedBytes,
  encodeWithinLimit,
  fitsSizeLimit,
  fitWithin,
  jpegName,
  kindOfFile,
  safeName,
  stripDataUrl,
} from './attachmentFiles';

const blobOf = (size: number) => ({ size }) as Blob;

describe('fitWithin', () => {
  it('scales a phone photo so its longer edge is 2000 px, keeping its proportions', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 2000, height: 1500 });
    expect(fitWithin(3024, 4032)).toEqual({ width: 1500, height: 2000 });
  });

  it('never enlarges a small picture and survives odd sizes', () => {
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(2000, 2000)).toEqual({ width: 2000, height: 2000 });
    expect(fitWithin(10000, 3)).toEqual({ width: 2000, height: 1 });
    expect(fitWithin(0, 600)).toEqual({ width: 0, height: 0 });
  });
});

describe('Base64 sizes', () => {
  it('agrees with the contract’s limit: 5 MB decoded is the longest Base64 the server takes', () => {
    expect(base64Length(COMPLAINT_LIMITS.attachmentBytesMax)).toBe(COMPLAINT_LIMITS.attachmentBase64Max);
    expect(base64Length(1)).toBe(4);
    expect(base64Length(3)).toBe(4);
    expect(base64Length(4)).toBe(8);
  });

  it('counts the decoded bytes of padded Base64', () => {
    expect(decodedBytes(btoa('a'))).toBe(1);
    expect(decodedBytes(btoa('ab'))).toBe(2);
    expect(decodedBytes(btoa('abc'))).toBe(3);
    expect(decodedBytes(btoa('abcd'))).toBe(4);
  });

  it('takes files up to exactly 5 MB and no empty file', () => {
    expect(fitsSizeLimit(COMPLAINT_LIMITS.attachmentBytesMax)).toBe(true);
    expect(fitsSizeLimit(COMPLAINT_LIMITS.attachmentBytesMax + 1)).toBe(false);
    expect(fitsSizeLimit(0)).toBe(false);
  });

  it('strips the data: prefix', () => {
    expect(stripDataUrl('data:image/jpeg;base64,QUJD')).toBe('QUJD');
    expect(stripDataUrl('QUJD')).toBe('QUJD');
  });
});

describe('kindOfFile', () => {
  it('re-encodes photos, sends PDFs as they are and refuses the rest', () => {
    expect(kindOfFile({ name: 'IMG_0001.HEIC', type: 'image/heic' })).toBe('image');
    expect(kindOfFile({ name: 'receipt.png', type: 'image/png' })).toBe('image');
    expect(kindOfFile({ name: 'invoice.pdf', type: 'application/pdf' })).toBe('pdf');
    expect(kindOfFile({ name: 'invoice.PDF', type: '' })).toBe('pdf');
    expect(kindOfFile({ name: 'notes.docx', type: 'application/vnd.openxmlformats' })).toBeNull();
    expect(kindOfFile({ name: 'movie.mp4', type: 'video/mp4' })).toBeNull();
  });
});

describe('file names', () => {
  it('gives a re-encoded photo a .jpg name within 200 characters', () => {
    expect(jpegName('IMG_0001.HEIC')).toBe('IMG_0001.jpg');
    expect(jpegName('发票.png')).toBe('发票.jpg');
    expect(jpegName('.png')).toBe('photo.jpg');
    expect(jpegName(`${'长'.repeat(300)}.jpeg`).length).toBeLessThanOrEqual(200);
    expect(safeName('  ', 'document.pdf')).toBe('document.pdf');
  });
});

describe('encodeWithinLimit', () => {
  it('lowers the quality until the photo fits', async () => {
    const tried: number[] = [];
    const blob = await encodeWithinLimit(
      async (quality) => {
        tried.push(quality);
        return blobOf(quality > 0.6 ? 6_000_000 : 4_000_000);
      },
      5_000_000,
      [0.85, 0.72, 0.6, 0.45],
    );
    expect(blob.size).toBe(4_000_000);
    expect(tried).toEqual([0.85, 0.72, 0.6]);
  });

  it('gives up with a size problem when even the lowest quality is too large', async () => {
    await expect(encodeWithinLimit(async () => blobOf(9_000_000), 5_000_000, [0.8, 0.5])).rejects.toMatchObject({
      problem: 'size',
    });
  });

  it('reports a picture the browser could not encode', async () => {
    const failure = encodeWithinLimit(async () => null, 5_000_000, [0.8]);
    await expect(failure).rejects.toBeInstanceOf(AttachmentError);
    await expect(failure).rejects.toMatchObject({ problem: 'decode' });
  });
});
