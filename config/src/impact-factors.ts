/**
 * CO2e avoided by reusing goods instead of buying new ones: kg CO2e per kg of goods handed over, by CPV
 * division (the first two digits of a CPV 2008 code) and, where no division applies, by platform kind.
 *
 * READ THIS BEFORE QUOTING A FIGURE: every factor below is an ASSUMPTION of this project, an order of magnitude
 * chosen within the range that published reuse studies report (WRAP "Benefits of Reuse" tool and case
 * studies, UK, 2011; ADEME "Base Empreinte" / "Évaluation environnementale du réemploi", France; the EU JRC's
 * reuse and circular-economy reports). None has been copied from one table of those sources and checked
 * against it; they must be reviewed by someone who has the source documents before the figures are used in
 * any report. What they mean: the emissions of producing the new item that the reused one replaces, minus
 * the (small) emissions of transport and refurbishment, per kg. See config/IMPACT-FACTORS.md.
 */
import type { ListingKindSlug } from './listing-vocabulary.js';

export interface ImpactFactor {
  /** kg CO2e avoided per kg of goods reused. */
  kgCo2ePerKg: number;
  /** Where the figure comes from, or why it is what it is. */
  basis: string;
  /** True for every factor here: an assumption, not a value read from a cited table. */
  assumption: boolean;
}

/** By CPV division (two leading digits). More specific than the kind, so it wins when a code is present. */
export const CPV_DIVISION_FACTORS: Readonly<Record<string, ImpactFactor>> = Object.freeze({
  // Office and computing machinery: manufacturing dominates the life-cycle footprint of IT equipment; reuse
  // studies put the avoided emissions well above those of furniture. Assumption: 10 kg/kg.
  '30': { kgCo2ePerKg: 10, basis: 'IT equipment: production-dominated footprint (WRAP/ADEME reuse studies report high values); assumed 10', assumption: true },
  // Radio, television, communication equipment: as IT equipment. Assumption: 10 kg/kg.
  '32': { kgCo2ePerKg: 10, basis: 'electronics, treated as IT equipment; assumed 10', assumption: true },
  // Medical equipment: mixed electronics and metal. Assumption: 5 kg/kg.
  '33': { kgCo2ePerKg: 5, basis: 'mixed electronics and metal; assumed 5', assumption: true },
  // Transport equipment (vehicles, fire engines): mostly steel; assumption 3 kg/kg.
  '34': { kgCo2ePerKg: 3, basis: 'vehicles, mostly steel; assumed 3', assumption: true },
  // Security, fire-fighting, police and defence equipment: mixed metal goods; assumption 3 kg/kg.
  '35': { kgCo2ePerKg: 3, basis: 'mixed metal equipment; assumed 3', assumption: true },
  // Furniture, furnishings, household appliances: WRAP's furniture reuse case studies are in the order of
  // one to a few kg CO2e per kg; assumption 1.5 kg/kg.
  '39': { kgCo2ePerKg: 1.5, basis: 'furniture: order of magnitude of WRAP furniture reuse case studies; assumed 1.5', assumption: true },
  // Clothing and textiles: textile reuse is usually reported as one of the highest per kg; assumption 10 kg/kg.
  '18': { kgCo2ePerKg: 10, basis: 'textiles: reuse studies report high values per kg; assumed 10', assumption: true },
  // Construction structures and materials: bricks, timber, steel sections; low per kg. Assumption 0.5 kg/kg.
  '44': { kgCo2ePerKg: 0.5, basis: 'construction materials, mostly mineral; assumed 0.5', assumption: true },
  // Machinery for mining, construction, agriculture, industry: mostly steel; assumption 3 kg/kg.
  '42': { kgCo2ePerKg: 3, basis: 'industrial machinery, mostly steel; assumed 3', assumption: true },
  '43': { kgCo2ePerKg: 3, basis: 'construction machinery, mostly steel; assumed 3', assumption: true },
  '16': { kgCo2ePerKg: 3, basis: 'agricultural machinery, mostly steel; assumed 3', assumption: true },
});

/** By platform kind, when no CPV division has a factor. Kinds without goods (expertise, volunteers, ...) count 0. */
export const KIND_FACTORS: Readonly<Record<ListingKindSlug, ImpactFactor>> = Object.freeze({
  equipment: { kgCo2ePerKg: 3, basis: 'mixed equipment, mostly metal; assumed 3', assumption: true },
  goods: { kgCo2ePerKg: 1.5, basis: 'mixed goods, taken as furniture; assumed 1.5', assumption: true },
  materials: { kgCo2ePerKg: 0.5, basis: 'mixed materials, mostly mineral; assumed 0.5', assumption: true },
  services: { kgCo2ePerKg: 0, basis: 'no goods change hands: no mass-based saving is counted', assumption: true },
  expertise: { kgCo2ePerKg: 0, basis: 'no goods change hands', assumption: true },
  'interim-managers': { kgCo2ePerKg: 0, basis: 'no goods change hands', assumption: true },
  'volunteers-emergency': { kgCo2ePerKg: 0, basis: 'no goods change hands', assumption: true },
  'volunteers-community': { kgCo2ePerKg: 0, basis: 'no goods change hands', assumption: true },
  investment: { kgCo2ePerKg: 0, basis: 'no goods change hands', assumption: true },
  'business-partnership': { kgCo2ePerKg: 0, basis: 'no goods change hands', assumption: true },
});

/** The factor for a listing: its first CPV code whose division has one, else its kind's. */
export function impactFactorFor(kind: string, cpvCodes: readonly string[] = []): ImpactFactor & { source: string } {
  for (const code of cpvCodes) {
    const division = String(code).slice(0, 2);
    const factor = CPV_DIVISION_FACTORS[division];
    if (factor) return { ...factor, source: `cpv-division:${division}` };
  }
  const factor = (KIND_FACTORS as Record<string, ImpactFactor>)[kind];
  return factor ? { ...factor, source: `kind:${kind}` } : { kgCo2ePerKg: 0, basis: 'unknown kind', assumption: true, source: `kind:${kind}` };
}

/** CO2e avoided by reusing `massKg` of a listing's goods, rounded to 0.1 kg. */
export function co2eAvoidedKg(kind: string, cpvCodes: readonly string[], massKg: number): number {
  return Math.round(impactFactorFor(kind, cpvCodes).kgCo2ePerKg * massKg * 10) / 10;
}
