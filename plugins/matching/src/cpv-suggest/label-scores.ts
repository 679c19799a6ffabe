// How well each CPV label (in one language) matches a text: the idf-weighted query terms a label shares with
// the text, times the share of the label's own terms the text covers, plus a part of its ancestors' scores as
// context ("Fire engines" sits under "Vehicles for the emergency services").
import type { CpvLanguage } from '@community-sharing/config';
import { cpvTree } from './cpv-tree';
import { labelIndex } from './label-index';
import { ngramScores } from './ngram-index';
import { TUNING } from './tuning';

/** Scales scores in place so that the best is 1 (all zero stays zero). */
function scaleToBest(scores: Float64Array): Float64Array {
  let max = 0;
  for (const s of scores) if (s > max) max = s;
  if (max > 0) for (let c = 0; c < scores.length; c++) scores[c]! /= max;
  return scores;
}

/** Scores every code (by position in allCpvCodes()) for a text's weighted terms and words against one language's labels. */
export function labelScores(query: ReadonlyMap<string, number>, words: readonly string[], language: CpvLanguage): Float64Array {
  const base = scaleToBest(wordScores(query, language));
  const ngramWeight = (TUNING.ngramLanguages as string[]).includes(language) ? TUNING.ngramWeight : TUNING.ngramOtherWeight;
  if (ngramWeight > 0) {
    const grams = scaleToBest(ngramScores(labelIndex(language).grams, words));
    for (let c = 0; c < base.length; c++) base[c]! += ngramWeight * grams[c]!;
  }
  const tree = cpvTree();
  // The context a code inherits: its ancestors' label scores, decaying with each step up. It passes through
  // ancestors whose own label the text misses, but only adds to codes the text matches themselves.
  const context = new Float64Array(base.length);
  const scores = new Float64Array(base.length);
  // Codes ascend, so an ancestor (a prefix padded with zeros) comes before its descendants.
  for (let c = 0; c < base.length; c++) {
    const p = tree.parent[c]!;
    if (p >= 0) context[c] = TUNING.ancestor * (base[p]! + context[p]!);
    if (base[c]! > 0) scores[c] = base[c]! + context[c]!;
  }
  return scores;
}

/** The whole-word evidence: idf-weighted shared terms times the covered share of the label's terms. */
function wordScores(query: ReadonlyMap<string, number>, language: CpvLanguage): Float64Array {
  const index = labelIndex(language);
  const n = index.codes.length;
  const own = new Float64Array(n);
  const matched = new Float64Array(n);
  for (const [term, weight] of query) {
    const id = index.termIds.get(term);
    if (id === undefined) continue;
    const idf = index.idf[id]!;
    for (const c of index.postings.items.subarray(index.postings.start(id), index.postings.end(id))) {
      own[c]! += weight * idf;
      matched[c]! += idf * Math.min(1, weight);
    }
  }
  const explained = TUNING.queryCoverage > 0 ? explainedShare(query, language) : undefined;
  const scores = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    if (own[c]! <= 0) continue;
    scores[c] = own[c]! * Math.pow(matched[c]! / index.labelMass[c]!, TUNING.coverage);
    if (explained) scores[c]! *= Math.pow(explained[c]!, TUNING.queryCoverage);
  }
  return scores;
}

/**
 * For every code, the share of the text's (idf-weighted) label terms that its own label or an ancestor's
 * explains: for a short text, "fire car" is better read as "Fire engines" under "Special-purpose motor
 * vehicles" than as "Fire hydrants", which explains half of it.
 */
function explainedShare(query: ReadonlyMap<string, number>, language: CpvLanguage): Float64Array {
  const index = labelIndex(language);
  const { subtreeEnd } = cpvTree();
  const n = index.codes.length;
  const explained = new Float64Array(n);
  const stamp = new Int32Array(n).fill(-1);
  let total = 0;
  let t = 0;
  for (const [term, weight] of query) {
    const id = index.termIds.get(term);
    if (id === undefined) continue;
    const w = weight * index.idf[id]!;
    total += w;
    // A label holding the term explains it for its whole subtree; the stamp counts each code once per term.
    for (const c of index.postings.items.subarray(index.postings.start(id), index.postings.end(id))) {
      for (let d = c; d < subtreeEnd[c]!; d++) {
        if (stamp[d] === t) continue;
        stamp[d] = t;
        explained[d]! += w;
      }
    }
    t++;
  }
  if (total > 0) for (let c = 0; c < n; c++) explained[c]! /= total;
  return explained;
}
