// Measures the CPV suggester on a JSONL file of notices with their true codes (such as
// ../shared/data/eval/cpv-dev.jsonl): `npm run eval:cpv -- FILE [--json] [--cold-only] [--folds N]`.
//
// A notice counts as a hit at a level (division = 2 digits, group = 3, class = 4, code = 8) within the top k
// when any of the first k suggestions shares that many leading digits with any of its true codes. Two runs:
// cold (nothing learned) and k-fold (each notice is suggested by a suggester that learned from the other
// folds only; folds by a stable hash of the notice id).
import { readFileSync } from 'node:fs';
import { isLocaleCode, type LocaleCode } from '@community-sharing/config';
import { createCpvSuggester, type LearnedExample } from './suggest-cpv';

interface Notice {
  id: string;
  lang: string;
  title: string;
  description?: string | null;
  cpv: string[];
}

const LEVEL_DIGITS = [2, 3, 4, 8] as const;
const LEVEL_NAMES = ['division', 'group', 'class', 'code'] as const;
const TOPS = [1, 5] as const;

/** Hits per top-k and level, with the number of notices they count over. */
interface Tally {
  n: number;
  hits: number[][]; // [top index][level index]
}

const newTally = (): Tally => ({ n: 0, hits: TOPS.map(() => LEVEL_DIGITS.map(() => 0)) });

/** FNV-1a over the id: the same notice always lands in the same fold. */
function foldOf(id: string, folds: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % folds;
}

const textOf = (n: Notice) => `${n.title}\n${n.description ?? ''}`;

/** Adds one notice's outcome to a tally. */
function count(tally: Tally, suggested: string[], truth: string[]): void {
  tally.n++;
  TOPS.forEach((k, t) => {
    const top = suggested.slice(0, k);
    LEVEL_DIGITS.forEach((digits, l) => {
      const hit = top.some((s) => truth.some((c) => c.slice(0, digits) === s.slice(0, digits)));
      if (hit) tally.hits[t]![l]!++;
    });
  });
}

/** Suggests for each notice with the given suggester factory and tallies overall and per language. */
function run(notices: Notice[], locales: LocaleCode[], folds: number, learnFolds: boolean): Map<string, Tally> {
  const tallies = new Map<string, Tally>([['all', newTally()]]);
  const foldIds = notices.map((n) => foldOf(n.id, folds));
  for (let f = 0; f < folds; f++) {
    const started = Date.now();
    const learned: LearnedExample[] = learnFolds
      ? notices.flatMap((n, i) => (foldIds[i] === f ? [] : [{ text: textOf(n), locale: locales[i]!, codes: n.cpv }]))
      : [];
    const suggester = createCpvSuggester({ learned });
    let done = 0;
    notices.forEach((n, i) => {
      if (foldIds[i] !== f) return;
      const codes = suggester.suggest(textOf(n), locales[i]!, 5).map((s) => s.code);
      count(tallies.get('all')!, codes, n.cpv);
      if (!tallies.has(n.lang)) tallies.set(n.lang, newTally());
      count(tallies.get(n.lang)!, codes, n.cpv);
      done++;
    });
    const ms = Date.now() - started;
    process.stderr.write(
      `${learnFolds ? 'learned' : 'cold'} fold ${f + 1}/${folds}: ${done} notices, ${learned.length} learned, ${ms} ms\n`,
    );
  }
  return tallies;
}

const pct = (hits: number, n: number) => (n === 0 ? 0 : Math.round((1000 * hits) / n) / 10);

/** A tally as percentages: { top1: { division, group, class, code }, top5: {...} }. */
function asPercentages(t: Tally) {
  return Object.fromEntries(
    TOPS.map((k, ti) => [
      `top${k}`,
      Object.fromEntries(LEVEL_NAMES.map((name, li) => [name, pct(t.hits[ti]![li]!, t.n)])),
    ]),
  );
}

/** Prints one run as a table: a row per language, sorted by size, 'all' first. */
function printTable(title: string, tallies: Map<string, Tally>): void {
  const head = ['lang', 'n', ...TOPS.flatMap((k) => LEVEL_NAMES.map((l) => `t${k}-${l.slice(0, 3)}`))];
  console.log(`\n${title}`);
  console.log(head.map((h) => h.padStart(7)).join(''));
  const rows = [...tallies].sort(([a, x], [b, y]) => (a === 'all' ? -1 : b === 'all' ? 1 : y.n - x.n));
  for (const [lang, t] of rows) {
    const cells = TOPS.flatMap((_, ti) => LEVEL_NAMES.map((_, li) => pct(t.hits[ti]![li]!, t.n).toFixed(1)));
    console.log([lang, String(t.n), ...cells].map((c) => c.padStart(7)).join(''));
  }
}

function main(argv: string[]): void {
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('usage: eval-cpv FILE.jsonl [--json] [--cold-only] [--folds N]');
    process.exit(2);
  }
  const json = argv.includes('--json');
  const foldsArg = argv.indexOf('--folds');
  const folds = foldsArg >= 0 ? Number(argv[foldsArg + 1]) : 5;
  const notices: Notice[] = [];
  const locales: LocaleCode[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const n = JSON.parse(line) as Notice;
    // The notices' languages are ISO 639-1 codes of EU languages, which are also platform locales.
    if (!isLocaleCode(n.lang)) {
      process.stderr.write(`skipped ${n.id}: language ${n.lang} is not a platform locale\n`);
      continue;
    }
    notices.push(n);
    locales.push(n.lang);
  }
  process.stderr.write(`${notices.length} notices from ${file}\n`);
  const cold = run(notices, locales, 1, false);
  const learned = argv.includes('--cold-only') ? undefined : run(notices, locales, folds, true);
  if (json) {
    const toJson = (m: Map<string, Tally>) =>
      Object.fromEntries([...m].map(([lang, t]) => [lang, { n: t.n, ...asPercentages(t) }]));
    console.log(JSON.stringify({ cold: toJson(cold), ...(learned ? { [`${folds}-fold`]: toJson(learned) } : {}) }, null, 2));
    return;
  }
  console.log('Hit at a level: any of the top k suggestions shares that prefix (2/3/4/8 digits) with any true code.');
  printTable('cold (nothing learned), % of notices', cold);
  if (learned) printTable(`${folds}-fold (learning from the other folds), % of notices`, learned);
}

main(process.argv.slice(2));
