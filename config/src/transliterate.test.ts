import { describe, it, expect } from 'vitest';
import {
  cyrillicToLatin, foldForSearch, greekToLatin, looseSearchKey, looseSearchKeys, searchKeys, serbianLatinToCyrillic,
} from './transliterate.js';

describe('cyrillicToLatin', () => {
  it('uses Serbian by default, with digraphs cased by context', () => {
    expect(cyrillicToLatin('Ђорђе Ћирић, Џеп, жаба, шума, чаша')).toBe('Đorđe Ćirić, Džep, žaba, šuma, čaša');
    expect(cyrillicToLatin('Љубљана')).toBe('Ljubljana');
    expect(cyrillicToLatin('ЉУБЉАНА')).toBe('LJUBLJANA');
    expect(cyrillicToLatin('Његош, ЊЕГОШ')).toBe('Njegoš, NJEGOŠ');
    expect(cyrillicToLatin('Ниш 2024!')).toBe('Niš 2024!');
  });

  it('knows the Macedonian letters', () => {
    expect(cyrillicToLatin('Ѓорѓи, ќерка, ѕвезда, Скопје', 'mk')).toBe('Gjorgji, kjerka, dzvezda, Skopje');
  });

  it('follows the official Bulgarian system', () => {
    expect(cyrillicToLatin('София', 'bg')).toBe('Sofia');
    expect(cyrillicToLatin('Пловдив, Шумен, Цветан', 'bg')).toBe('Plovdiv, Shumen, Tsvetan');
    expect(cyrillicToLatin('щастие, ъгъл, юг, ябълка, жаба, час', 'bg')).toBe('shtastie, agal, yug, yabalka, zhaba, chas');
    expect(cyrillicToLatin('Мария Иванова', 'bg')).toBe('Maria Ivanova');
    expect(cyrillicToLatin('ЩИТ', 'bg')).toBe('SHTIT');
  });

  it('leaves other scripts alone', () => {
    expect(cyrillicToLatin('Škola – Σχολείο')).toBe('Škola – Σχολείο');
  });
});

describe('serbianLatinToCyrillic', () => {
  it('handles the digraphs and their capitalisation', () => {
    expect(serbianLatinToCyrillic('Ljubljana')).toBe('Љубљана');
    expect(serbianLatinToCyrillic('LJUBLJANA')).toBe('ЉУБЉАНА');
    expect(serbianLatinToCyrillic('Njegoš, NJIVA, džep, Džep, DŽEP')).toBe('Његош, ЊИВА, џеп, Џеп, ЏЕП');
    expect(serbianLatinToCyrillic('Đorđe Ćirić čita ženi')).toBe('Ђорђе Ћирић чита жени');
  });

  it('splits the pairs that are not digraphs', () => {
    expect(serbianLatinToCyrillic('podžupan nadživjeti')).toBe('поджупан надживјети');
    expect(serbianLatinToCyrillic('injekcija konjugacija')).toBe('инјекција конјугација');
  });

  it('turns Croatian CPV labels into Cyrillic, keeping foreign words', () => {
    expect(serbianLatinToCyrillic('Građevinski radovi')).toBe('Грађевински радови');
    expect(serbianLatinToCyrillic('Wi-Fi mreža')).toBe('Wi-Fi мрежа');
    expect(serbianLatinToCyrillic('Krastavci (03221270)')).toBe('Краставци (03221270)');
    expect(serbianLatinToCyrillic('Z\u030Cica')).toBe('Жица'); // decomposed ž
  });

  it('round-trips Serbian text', () => {
    const text = 'Džemper, ljubav i njiva: Đurđevdan u Čačku';
    expect(cyrillicToLatin(serbianLatinToCyrillic(text))).toBe(text);
  });
});

describe('greekToLatin', () => {
  it('follows a simplified ELOT 743', () => {
    expect(greekToLatin('Αθήνα')).toBe('Athina');
    expect(greekToLatin('Θεσσαλονίκη')).toBe('Thessaloniki');
    expect(greekToLatin('ΘΕΣΣΑΛΟΝΙΚΗ')).toBe('THESSALONIKI');
    expect(greekToLatin('Ευαγγελία')).toBe('Evangelia');
    expect(greekToLatin('αυτός')).toBe('aftos');
    expect(greekToLatin('Μπάμπης')).toBe('Bampis');
    expect(greekToLatin('ουρανός, Χανιά, Ψυχή')).toBe('ouranos, Chania, Psychi');
    expect(greekToLatin('Αϊβαλί')).toBe('Aivali');
  });

  it('keeps non-Greek text as it was', () => {
    expect(greekToLatin('café Škola')).toBe('café Škola');
  });
});

describe('foldForSearch', () => {
  it('lowers plain ASCII and collapses its whitespace, as the full folding does', () => {
    expect(foldForSearch('  Fire   ENGINE\tfor\n School ')).toBe('fire engine for school');
    expect(foldForSearch('Fire ENGINE é')).toBe('fire engine e');
    expect(foldForSearch('')).toBe('');
  });
  it('makes Serbian Cyrillic and Latin meet', () => {
    expect(foldForSearch('Београд')).toBe('beograd');
    expect(foldForSearch('Beograd')).toBe('beograd');
    expect(foldForSearch('BEOGRAD')).toBe('beograd');
    expect(foldForSearch('Ниш')).toBe('nis');
    expect(foldForSearch('Niš')).toBe('nis');
    expect(foldForSearch('Љубљана')).toBe(foldForSearch('Ljubljana'));
    expect(foldForSearch('Љубљана')).toBe('ljubljana');
    expect(foldForSearch('Ђорђе')).toBe(foldForSearch('Đorđe'));
  });

  it('meets the common Latin spelling of Bulgarian and Greek names', () => {
    expect(foldForSearch('София')).toBe('sofia');
    expect(foldForSearch('Sofia')).toBe('sofia');
    expect(foldForSearch('Пловдив')).toBe('plovdiv');
    expect(foldForSearch('Αθήνα')).toBe('athina');
  });

  it('removes diacritics and special letters', () => {
    expect(foldForSearch('Škola')).toBe(foldForSearch('skola'));
    expect(foldForSearch('Straße Łódź Ærø Ħal Għargħur Đakovo')).toBe('strasse lodz aero hal gharghur dakovo');
    expect(foldForSearch('  Ünïcödé\t\n text ')).toBe('unicode text');
  });

  it('splits search keys', () => {
    expect(searchKeys('Нови Сад, 21000 — Novi-Sad!')).toEqual(['novi', 'sad', '21000', 'novi', 'sad']);
    expect(searchKeys('  ')).toEqual([]);
    expect(searchKeys('a b')).toEqual(['a', 'b']);
  });

  it('offers a looser key for digraph spellings', () => {
    expect(looseSearchKey('Шумен')).toBe(looseSearchKey('Shumen'));
    expect(looseSearchKey('Жеравна')).toBe(looseSearchKey('Zheravna'));
    expect(looseSearchKey('Thessaloniki')).toBe(looseSearchKey('Θεσαλονίκη'));
    expect(looseSearchKey('Йордан')).toBe(looseSearchKey('Jordan'));
    expect(looseSearchKeys('Цветан Чолаков')).toEqual(looseSearchKeys('Tsvetan Cholakov'));
  });
});
