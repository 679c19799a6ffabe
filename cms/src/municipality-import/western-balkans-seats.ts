// Official municipality lists of the two Western Balkan countries whose countrystatecity "states" are not
// municipalities (Kosovo: 7 districts; Bosnia and Herzegovina: 2 entities and Brčko District). Their
// "cities" mix municipality seats with villages and even cantons, so a city is imported only when it is
// the seat of an official municipality listed here. Each entry: the official name in the country's main
// language first (it makes the stable code), then the other spellings the source uses (Serbian, English,
// short forms). Compared without case, diacritics, hyphens or an administrative prefix ("Opština ...").

/** Kosovo's 38 municipalities (Law No. 03/L-041 on Administrative Municipal Boundaries, 2008). */
export const KOSOVO_MUNICIPALITIES: readonly (readonly string[])[] = [
  ['Deçan', 'Dečani'], ['Dragash', 'Dragaš'], ['Ferizaj', 'Uroševac'], ['Fushë Kosovë', 'Kosovo Polje'],
  ['Gjakovë', 'Gjakova', 'Đakovica'], ['Gjilan', 'Gnjilane'], ['Drenas', 'Glogovac'], ['Graçanicë', 'Gračanica'],
  ['Hani i Elezit', 'Elez Han'], ['Istog', 'Istok'], ['Junik'], ['Kaçanik', 'Kačanik'], ['Kamenicë', 'Kamenica'],
  ['Klinë', 'Klina'], ['Kllokot', 'Klokot'], ['Leposaviq', 'Leposavić'], ['Lipjan', 'Lipljan'],
  ['Malishevë', 'Mališevo'], ['Mamushë', 'Mamuša'], ['Mitrovicë', 'Mitrovica'], ['Mitrovicë e Veriut', 'Severna Mitrovica'],
  ['Novobërdë', 'Novo Brdo'], ['Obiliq', 'Obilić'], ['Rahovec', 'Orahovac'], ['Partesh', 'Parteš'], ['Pejë', 'Peja', 'Peć'],
  ['Podujevë', 'Podujeva', 'Podujevo'], ['Prishtinë', 'Pristina', 'Priština'], ['Prizren'], ['Ranillug', 'Ranilug'],
  ['Shtërpcë', 'Štrpce'], ['Shtime', 'Štimlje'], ['Skenderaj', 'Srbica'], ['Suharekë', 'Suva Reka'], ['Viti', 'Vitina'],
  ['Vushtrri', 'Vučitrn'], ['Zubin Potok'], ['Zveçan', 'Zvečan'],
];

/**
 * Bosnia and Herzegovina's units of local self-government: the Federation's 79 municipalities and the City
 * of Sarajevo, Republika Srpska's 64 municipalities and cities, and Brčko District. Names both entities use
 * (Kupres, Trnovo, Novi Grad) appear once: the source cannot tell them apart either.
 */
export const BOSNIA_MUNICIPALITIES: readonly (readonly string[])[] = [
  // Federation of Bosnia and Herzegovina
  ['Bihać'], ['Bosanska Krupa'], ['Bosanski Petrovac'], ['Bužim'], ['Cazin'], ['Ključ'], ['Sanski Most'], ['Velika Kladuša'],
  ['Domaljevac-Šamac', 'Domaljevac'], ['Odžak'], ['Orašje'],
  ['Banovići'], ['Čelić'], ['Doboj Istok'], ['Gračanica'], ['Gradačac'], ['Kalesija'], ['Kladanj'], ['Lukavac'], ['Sapna'],
  ['Srebrenik'], ['Teočak'], ['Tuzla'], ['Živinice'],
  ['Breza'], ['Doboj Jug'], ['Kakanj'], ['Maglaj'], ['Olovo'], ['Tešanj'], ['Usora'], ['Vareš'], ['Visoko'], ['Zavidovići'],
  ['Zenica'], ['Žepče'],
  ['Foča-Ustikolina', 'Ustikolina'], ['Goražde'], ['Pale-Prača', 'Prača'],
  ['Bugojno'], ['Busovača'], ['Dobretići'], ['Donji Vakuf'], ['Fojnica'], ['Gornji Vakuf-Uskoplje', 'Gornji Vakuf', 'Uskoplje'],
  ['Jajce'], ['Kiseljak'], ['Kreševo'], ['Novi Travnik'], ['Travnik'], ['Vitez'],
  ['Čapljina'], ['Čitluk'], ['Jablanica'], ['Konjic'], ['Mostar'], ['Neum'], ['Prozor-Rama', 'Prozor'], ['Ravno'], ['Stolac'],
  ['Grude'], ['Ljubuški'], ['Posušje'], ['Široki Brijeg'],
  ['Sarajevo'], ['Centar'], ['Hadžići'], ['Ilidža'], ['Ilijaš'], ['Novi Grad'], ['Novo Sarajevo'], ['Stari Grad'], ['Trnovo'],
  ['Vogošća'],
  ['Bosansko Grahovo'], ['Drvar'], ['Glamoč'], ['Kupres'], ['Livno'], ['Tomislavgrad'],
  // Republika Srpska
  ['Banja Luka'], ['Berkovići'], ['Bijeljina'], ['Bileća'], ['Bratunac'], ['Brod'], ['Čajniče'], ['Čelinac'], ['Derventa'],
  ['Doboj'], ['Donji Žabar'], ['Foča'], ['Gacko'], ['Gradiška'], ['Han Pijesak'], ['Istočna Ilidža'], ['Istočni Drvar'],
  ['Istočni Mostar'], ['Istočni Stari Grad'], ['Istočno Novo Sarajevo'], ['Istočno Sarajevo'], ['Jezero'], ['Kalinovik'],
  ['Kneževo'], ['Kostajnica'], ['Kotor Varoš'], ['Kozarska Dubica'], ['Krupa na Uni'], ['Laktaši'], ['Lopare'], ['Ljubinje'],
  ['Milići'], ['Modriča'], ['Mrkonjić Grad'], ['Nevesinje'], ['Novo Goražde'], ['Osmaci'], ['Oštra Luka'], ['Pale'],
  ['Pelagićevo'], ['Petrovac'], ['Petrovo'], ['Prijedor'], ['Prnjavor'], ['Ribnik'], ['Rogatica'], ['Rudo'], ['Šamac'],
  ['Šekovići'], ['Šipovo'], ['Sokolac'], ['Srbac'], ['Srebrenica'], ['Stanari'], ['Teslić'], ['Trebinje'], ['Ugljevik'],
  ['Višegrad'], ['Vlasenica'], ['Vukosavlje'], ['Zvornik'],
  // Brčko District
  ['Brčko'],
];

/** Folds a place name for comparison: lower case, no diacritics, no administrative prefix, single spaces. */
export function foldPlaceName(name: string): string {
  return name
    .toLowerCase()
    .replace(/đ/g, 'dj')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^(opstina|opcina|grad|bashkia|komuna)\s+/, '')
    .replace(/[\s\-–]+/g, ' ')
    .trim();
}

/** A URL-safe slug of a Latin place name ('Fushë Kosovë' -> 'fushe-kosove'). */
export function slugOf(name: string): string {
  return foldPlaceName(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Builds a lookup from any spelling of a listed municipality to its official name. */
export function seatLookup(list: readonly (readonly string[])[]): (placeName: string) => string | undefined {
  const index = new Map<string, string>();
  for (const spellings of list) for (const spelling of spellings) index.set(foldPlaceName(spelling), spellings[0]);
  return (placeName) => index.get(foldPlaceName(placeName));
}
