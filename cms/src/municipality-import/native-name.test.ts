import { describe, expect, it } from 'vitest';
import { chooseName, scriptOf, scriptOfLocale } from './native-name';

describe('chooseName', () => {
  it('takes the native name in the country script when it reads as the Latin one', () => {
    expect(chooseName('Bitola', 'Битола', 'Cyrl')).toEqual({ name: 'Битола', nameLatin: 'Bitola' });
    expect(chooseName('Gjorče Petrov', 'Ѓорче Петров', 'Cyrl')).toEqual({ name: 'Ѓорче Петров', nameLatin: 'Gjorče Petrov' });
    expect(chooseName('Mavrovo and Rostuša', 'Маврово и Ростуша', 'Cyrl')).toEqual({ name: 'Маврово и Ростуша', nameLatin: 'Mavrovo and Rostuša' });
  });

  it('falls back to the Latin name for a wrong native word, another script, or no native name', () => {
    expect(chooseName('Plav', 'Игра', 'Cyrl')).toEqual({ name: 'Plav' });
    expect(chooseName('Pčinja', 'Пас', 'Cyrl')).toEqual({ name: 'Pčinja' });
    expect(chooseName('Berat', 'I rëndë', 'Latn')).toEqual({ name: 'Berat' });
    expect(chooseName('Andrijevica', 'Андријевица', 'Latn')).toEqual({ name: 'Andrijevica' });
    expect(chooseName('Gusinje', 'Gusinje', 'Latn')).toEqual({ name: 'Gusinje' });
    expect(chooseName('Tuzla', undefined, 'Latn')).toEqual({ name: 'Tuzla' });
  });

  it('knows the scripts of texts and locales', () => {
    expect([scriptOf('Битола'), scriptOf('Bitola'), scriptOf('Bitola Битола'), scriptOf('123')]).toEqual(['Cyrl', 'Latn', undefined, undefined]);
    expect(['mk', 'sr-Cyrl', 'sr-Latn-ME', 'bs', 'sq'].map(scriptOfLocale)).toEqual(['Cyrl', 'Cyrl', 'Latn', 'Latn', 'Latn']);
  });
});
