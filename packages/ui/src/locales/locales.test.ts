import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { ar } from './ar';
import { fr } from './fr';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['fr', fr as Record<string, string>],
  ['ar', ar as Record<string, string>],
])('the %s catalogue', (_, messages) => {
  it('has every English key and no other', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.entries(en))('translates %s, keeping its placeholders', (key, english) => {
    const text = messages[key] ?? '';
    expect(text.trim()).not.toBe('');
    expect(placeholders(text)).toEqual(placeholders(english));
  });
});
