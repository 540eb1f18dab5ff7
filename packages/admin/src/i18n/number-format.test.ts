import { describe, expect, it } from 'vitest';
import { formatDecimal, formatFileSize, formatPercent } from './number-format';

/** Intl puts a narrow no-break space before French units and percent signs: compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('number formats in the admin’s language', () => {
  it('write percents with the language’s decimal mark and spacing', () => {
    expect(formatPercent('en', 0.6667)).toBe('66.7%');
    expect(plain(formatPercent('fr', 0.6667))).toBe('66,7 %');
    expect(formatPercent('fr', null)).toBe('—');
  });

  it('write decimals and thousands the language’s way', () => {
    expect(formatDecimal('en', 12345.67)).toBe('12,345.7');
    expect(plain(formatDecimal('fr', 12345.67))).toBe('12 345,7');
  });

  it('write file sizes with the language’s units', () => {
    expect(formatFileSize('en', 512)).toBe('512 byte');
    expect(formatFileSize('en', 1536)).toBe('1.5 kB');
    expect(plain(formatFileSize('fr', 1536))).toBe('1,5 ko');
    expect(plain(formatFileSize('fr', 3 * 1024 * 1024))).toBe('3 Mo');
  });
});
