// The suggester's constants in one place, each chosen by measurement with eval-cpv (see README.md).

/** The measured choice of constants. */
export const TUNING = {
  /** Extra weight of the title (the first line) and of its first words: 1 + titleDecay / (1 + position). */
  titleWeight: 2,
  titleDecay: 1,
  /** Whether procurement boilerplate ("supply of", "framework agreement") is dropped from texts. */
  boilerplate: true,
  /** Exponent of the covered share of a label's terms: higher favours labels the text matches in full. */
  coverage: 2,
  /** Exponent of the share of the text a code's label and its ancestors' explain. */
  queryCoverage: 1,
  /** Share of the parent's score a matching code inherits. */
  ancestor: 0.2,
  /** Character n-gram length, and the n-grams' weight against whole words in compounding languages, elsewhere. */
  ngram: 5,
  ngramWeight: 2,
  ngramOtherWeight: 0.5,
  ngramCoverage: 3,
  /** Label languages that compound words (n-grams find "Fahrzeug" in "Feuerwehrfahrzeuge"). */
  ngramLanguages: ['de', 'nl', 'sv', 'da', 'fi', 'et', 'hu'],
  /** Temperatures of the softmax over code labels and over pooled labels (scores scaled to a best of 1). */
  labelTemperature: 0.1,
  pooledTemperature: 0.1,
  /** BM25 constants of the pooled labels. */
  bm25k1: 1.2,
  bm25b: 0.5,
  /** Share of the pooled labels in the division, group and class distributions. */
  pooledWeight: 0.5,
  /** Nearest learned examples that vote, and the power of their similarity in the vote. */
  neighbours: 25,
  neighbourPower: 2,
  /** Weight of the neighbours' votes once the nearest is at least learnedConfidentAt similar (less below). */
  learnedWeight: 0.7,
  learnedConfidentAt: 0.3,
  /** Term translation to the English pivot: least Dice coefficient, translations kept per term, their weight. */
  pivotMinDice: 0.3,
  pivotPerTerm: 2,
  pivotWeight: 0.5,
  /** Learned label confusion: prefixes read per level, smoothing towards the label's own reading, share in the mix. */
  confusionTop: 10,
  confusionPrior: 1,
  confusionWeight: 0.5,
  /** Weights of a new division, group, class and exact code when picking the list. */
  levelGain: [1, 1, 1, 1],
  // Experiments only: CPV_TUNING='{"coverage":1}' overrides the constants above (eval-cpv reads nothing else).
  ...(JSON.parse(process.env.CPV_TUNING ?? '{}') as object),
};
