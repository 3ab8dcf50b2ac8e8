import { describe, expect, it } from 'vitest';
import { evidenceHref, formatSize, isWebAddress, linkTargetOf } from './links';

describe('linkTargetOf', () => {
  it('opens console paths in the app, web addresses in a new tab, the rest as downloads', () => {
    expect(linkTargetOf('/console/complaints?status=settled')).toBe('console');
    expect(linkTargetOf('/console')).toBe('console');
    expect(linkTargetOf('https://example.org/news')).toBe('external');
    expect(linkTargetOf('HTTP://example.org')).toBe('external');
    expect(linkTargetOf('/api/v1/evaluation/assessments/a/evidence/e')).toBe('download');
    expect(linkTargetOf('/consoles')).toBe('download');
  });
});

describe('evidenceHref', () => {
  const url = (id: string) => `/api/v1/evaluation/assessments/a/evidence/${id}`;
  it('keeps the API path of a file and builds it when the href is not one', () => {
    expect(evidenceHref({ id: 'e1', kind: 'file', href: '/api/v1/x' }, url)).toBe('/api/v1/x');
    expect(evidenceHref({ id: 'e1', kind: 'file', href: '/evaluation/x' }, url)).toBe(
      '/api/v1/evaluation/assessments/a/evidence/e1',
    );
    expect(evidenceHref({ id: 'e2', kind: 'link', href: '/console/complaints/c' }, url)).toBe('/console/complaints/c');
  });
});

describe('small helpers', () => {
  it('formats sizes and recognises web addresses', () => {
    expect(formatSize(null)).toBeNull();
    expect(formatSize(100)).toBe('1 KB');
    expect(formatSize(300 * 1024)).toBe('300 KB');
    expect(formatSize(3.25 * 1024 * 1024)).toBe('3.3 MB');
    expect(isWebAddress(' https://example.org ')).toBe(true);
    expect(isWebAddress('ftp://example.org')).toBe(false);
    expect(isWebAddress('example.org')).toBe(false);
  });
});
