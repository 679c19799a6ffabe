import { cyrillicToLatin, greekToLatin } from '@community-sharing/config';
import { toAscii } from './ascii';

/**
 * Plausible contact people for the demo municipalities: a few full names per country, written as the country
 * writes them (Cyrillic in Bulgaria, North Macedonia and Serbia, Greek in Greece and Cyprus), with surnames
 * already in the form that matches the person (Petrova, Nováková, Papadopoulou, Kazlauskienė).
 */
const NAMES: Record<string, readonly string[]> = {
  AT: ['Johanna Gruber', 'Markus Huber', 'Elisabeth Wagner', 'Stefan Pichler', 'Andrea Moser', 'Thomas Steiner', 'Claudia Hofer', 'Florian Leitner'],
  BE: ['Sofie Peeters', 'Jan Janssens', 'Marie Dubois', 'Luc Lambert', 'Els Maes', 'Pieter Claes', 'Nathalie Dupont', 'Koen Willems'],
  BG: ['Мария Петрова', 'Георги Иванов', 'Десислава Николова', 'Христо Димитров', 'Елена Стоянова', 'Николай Георгиев', 'Милена Атанасова', 'Стефан Тодоров'],
  HR: ['Ana Horvat', 'Ivan Kovačević', 'Marija Babić', 'Tomislav Marić', 'Petra Jurić', 'Marko Novak', 'Ivana Knežević', 'Josip Vuković'],
  CY: ['Μαρία Γεωργίου', 'Ανδρέας Κωνσταντίνου', 'Έλενα Χαραλάμπους', 'Νίκος Ιωάννου', 'Χριστίνα Παπαδοπούλου', 'Γιώργος Χριστοδούλου', 'Άννα Νικολάου', 'Κώστας Αντωνίου'],
  CZ: ['Jana Nováková', 'Petr Svoboda', 'Lucie Dvořáková', 'Tomáš Černý', 'Eva Procházková', 'Martin Kučera', 'Kateřina Veselá', 'Jiří Horák'],
  DK: ['Mette Nielsen', 'Lars Jensen', 'Anne Hansen', 'Søren Pedersen', 'Camilla Andersen', 'Mads Christensen', 'Louise Larsen', 'Rasmus Sørensen'],
  EE: ['Kadri Tamm', 'Margus Saar', 'Liis Sepp', 'Andres Mägi', 'Triin Kask', 'Toomas Kukk', 'Kristiina Rebane', 'Jaan Ilves'],
  FI: ['Anna Virtanen', 'Mikko Korhonen', 'Laura Mäkinen', 'Juha Nieminen', 'Satu Hämäläinen', 'Timo Laine', 'Johanna Heikkinen', 'Jari Koskinen'],
  FR: ['Claire Martin', 'Nicolas Bernard', 'Isabelle Petit', 'Julien Moreau', 'Sophie Laurent', 'Pierre Girard', 'Camille Roux', 'Thomas Fournier'],
  DE: ['Katrin Müller', 'Andreas Schmidt', 'Sabine Schneider', 'Michael Fischer', 'Julia Weber', 'Jens Becker', 'Anja Hoffmann', 'Tobias Wagner'],
  GR: ['Μαρία Παπαδοπούλου', 'Γιώργος Παπαδόπουλος', 'Ελένη Νικολάου', 'Δημήτρης Γεωργίου', 'Κατερίνα Οικονόμου', 'Νίκος Αλεξίου', 'Σοφία Βασιλείου', 'Κωνσταντίνος Μαρκόπουλος'],
  HU: ['Nagy Katalin', 'Kovács Péter', 'Szabó Eszter', 'Tóth Gábor', 'Horváth Anna', 'Varga László', 'Kiss Zsófia', 'Molnár Attila'],
  IE: ['Siobhán Murphy', 'Seán Kelly', 'Aoife Byrne', 'Conor Walsh', 'Niamh Ryan', 'Patrick O\'Brien', 'Róisín Doyle', 'Eoin McCarthy'],
  IT: ['Giulia Rossi', 'Marco Bianchi', 'Francesca Romano', 'Luca Colombo', 'Chiara Ricci', 'Alessandro Marino', 'Elena Greco', 'Davide Conti'],
  LV: ['Ilze Bērziņa', 'Jānis Kalniņš', 'Inese Ozola', 'Andris Liepiņš', 'Kristīne Krūmiņa', 'Māris Zariņš', 'Līga Balode', 'Edgars Vītols'],
  LT: ['Rasa Kazlauskienė', 'Tomas Petrauskas', 'Ieva Jankauskaitė', 'Mindaugas Stankevičius', 'Asta Vasiliauskienė', 'Darius Žukauskas', 'Eglė Butkutė', 'Paulius Paulauskas'],
  LU: ['Anne Schmit', 'Marc Weber', 'Sandra Muller', 'Paul Wagner', 'Nathalie Hoffmann', 'Luc Thill', 'Carole Reuter', 'Tom Kremer'],
  MT: ['Maria Borg', 'Joseph Camilleri', 'Rebecca Vella', 'Mark Farrugia', 'Claire Zammit', 'Daniel Galea', 'Sarah Grech', 'Kevin Micallef'],
  NL: ['Anouk de Vries', 'Jeroen Jansen', 'Sanne Bakker', 'Bas Visser', 'Lotte Smit', 'Martijn de Boer', 'Femke Mulder', 'Ruud van Dijk'],
  PL: ['Anna Kowalska', 'Piotr Nowak', 'Katarzyna Wiśniewska', 'Tomasz Wójcik', 'Magdalena Kamińska', 'Krzysztof Lewandowski', 'Agnieszka Zielińska', 'Marcin Szymański'],
  PT: ['Ana Silva', 'João Santos', 'Marta Ferreira', 'Rui Pereira', 'Catarina Oliveira', 'Pedro Costa', 'Inês Rodrigues', 'Nuno Martins'],
  RO: ['Ioana Popescu', 'Andrei Ionescu', 'Elena Dumitrescu', 'Mihai Stan', 'Cristina Constantin', 'Alexandru Munteanu', 'Raluca Gheorghe', 'Bogdan Marin'],
  SK: ['Zuzana Horváthová', 'Peter Kováč', 'Martina Vargová', 'Ján Tóth', 'Lucia Balážová', 'Michal Nagy', 'Katarína Molnárová', 'Marek Lukáč'],
  SI: ['Maja Novak', 'Matej Horvat', 'Nina Kovačič', 'Andrej Krajnc', 'Tina Zupančič', 'Luka Potočnik', 'Petra Kos', 'Gregor Mlakar'],
  ES: ['Lucía García', 'Javier Martínez', 'Carmen López', 'David Sánchez', 'Marta Fernández', 'Pablo Gómez', 'Laura Díaz', 'Sergio Ruiz'],
  SE: ['Anna Lindqvist', 'Erik Johansson', 'Maria Karlsson', 'Johan Nilsson', 'Sara Eriksson', 'Anders Larsson', 'Emma Olsson', 'Per Andersson'],
  AL: ['Elira Hoxha', 'Arben Shehu', 'Jonida Kola', 'Ilir Basha', 'Anisa Gjoka', 'Gentian Çela', 'Marsela Dervishi', 'Ervin Leka'],
  BA: ['Amra Hodžić', 'Emir Begić', 'Lejla Mehmedović', 'Adnan Hasanović', 'Jelena Marković', 'Mirza Kovačević', 'Selma Delić', 'Dragan Simić'],
  XK: ['Arta Krasniqi', 'Besnik Gashi', 'Vjosa Berisha', 'Arbër Morina', 'Drita Shala', 'Fatos Hoxha', 'Blerta Rexhepi', 'Valon Kelmendi'],
  ME: ['Milica Vukčević', 'Nikola Popović', 'Jelena Radović', 'Marko Đukanović', 'Ana Perović', 'Stefan Bulatović', 'Ivana Vujošević', 'Luka Šćepanović'],
  MK: ['Елена Стојановска', 'Александар Трајковски', 'Марија Петровска', 'Горан Николовски', 'Ивана Димитровска', 'Бојан Јовановски', 'Сања Илиевска', 'Дејан Ристовски'],
  RS: ['Јелена Јовановић', 'Милош Петровић', 'Ана Николић', 'Никола Ђорђевић', 'Марија Стојановић', 'Стефан Илић', 'Ивана Павловић', 'Душан Марковић'],
};

/** Roles of the contact person (English: the profile shows them beside the municipality's name). */
export const CONTACT_ROLES = [
  'International cooperation officer',
  'Head of European projects',
  'Deputy mayor',
  'Head of civil protection',
  'Secretary of the municipality',
  'Head of local economic development',
  'Head of social services',
] as const;

/** International dialling codes, for plausible telephone numbers. */
const DIALLING_CODES: Record<string, string> = {
  AT: '43', BE: '32', BG: '359', HR: '385', CY: '357', CZ: '420', DK: '45', EE: '372', FI: '358', FR: '33',
  DE: '49', GR: '30', HU: '36', IE: '353', IT: '39', LV: '371', LT: '370', LU: '352', MT: '356', NL: '31',
  PL: '48', PT: '351', RO: '40', SK: '421', SI: '386', ES: '34', SE: '46', AL: '355', BA: '387', XK: '383',
  ME: '382', MK: '389', RS: '381',
};

/** Returns the contact names of a country (a short generic list when the country has none of its own). */
export function contactNames(country: string): readonly string[] {
  return NAMES[country] ?? ['Alex Morgan', 'Sam Taylor', 'Robin Lee', 'Chris Jordan'];
}

/** Returns a telephone number in international format built from the given digits ('+359 88 123 4567'). */
export function phoneNumber(country: string, digits: string): string {
  const code = DIALLING_CODES[country] ?? '00';
  return `+${code} ${digits.slice(0, 2)} ${digits.slice(2, 5)} ${digits.slice(5, 9)}`;
}

/** The transliteration each Cyrillic-writing country uses for its people's names in e-mail addresses. */
const CYRILLIC_NAMES: Record<string, 'bg' | 'mk' | 'sr'> = { BG: 'bg', MK: 'mk', RS: 'sr' };

/** Returns the part of a contact's e-mail address before the @: 'given.family' in ASCII ('milos.petrovic'). */
export function emailLocalPart(name: string, country: string): string {
  const cyrillic = CYRILLIC_NAMES[country];
  const latin = cyrillic ? cyrillicToLatin(name, cyrillic) : /\p{Script=Greek}/u.test(name) ? greekToLatin(name) : name;
  const words = toAscii(latin).split(' ');
  // Hungarian names are written family name first; the address still reads given.family.
  return (country === 'HU' ? [...words.slice(1), words[0]] : words).join('.');
}
