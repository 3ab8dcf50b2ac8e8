import { describe, expect, it } from 'vitest';
import { maskAddress, maskIdNumber, maskName, maskPhone, validateIdNumber } from './idcard.js';
import { isStrongPassword } from './limits.js';
import { pickLocale } from './messages.js';

describe('resident identity number (GB 11643)', () => {
  it.each(['11010519491231002X', '440524188001010014', '11010519491231002x'])('accepts %s', (id) => {
    expect(validateIdNumber(id).ok).toBe(true);
  });
  it('refuses a wrong check character and an impossible birth date', () => {
    expect(validateIdNumber('11010519491231001X').ok).toBe(false);
    expect(validateIdNumber('110105194902300010').ok).toBe(false);
  });
  it('masks personal data', () => {
    expect(maskIdNumber('440524188001010014')).toBe('4405**********0014');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskName('张三丰')).toBe('张**');
    expect(maskAddress('广东省佛山市禅城区季华五路 1 号')).toBe('广东省佛山市********');
    expect(maskAddress('佛山市')).toBe('***');
  });
});

describe('password policy (MLPS 2.0)', () => {
  it('needs 8 characters and three character classes', () => {
    expect(isStrongPassword('Gongzhi#2026')).toBe(true);
    expect(isStrongPassword('abcdefg1')).toBe(false);
    expect(isStrongPassword('Ab1#')).toBe(false);
    expect(isStrongPassword('abcdEFG1')).toBe(true);
  });
});

describe('language choice', () => {
  it('defaults to Chinese and honours English when asked', () => {
    expect(pickLocale(undefined)).toBe('zh-CN');
    expect(pickLocale('en-US,en;q=0.9')).toBe('en-US');
    expect(pickLocale('fr-FR, en;q=0.5, zh;q=0.8')).toBe('zh-CN');
  });
});
