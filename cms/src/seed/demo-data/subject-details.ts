import type { DemoSubjectKey } from './subjects';

/** How much of a subject a listing usually concerns, per side, and in which unit (config's UNITS). */
interface Quantity {
  unit: string;
  offer: number;
  request: number;
}

/** What a completed exchange of one unit of the subject achieves, for the impact figures. */
interface UnitImpact {
  valueEur?: number;
  massKg?: number;
  /** Hours each volunteer gives. */
  volunteerHours?: number;
  /** Expert days in all, or per day of quantity for interim managers (whose quantity is in working days). */
  expertDays?: number;
}

/** Everything besides the text that a demo listing of this subject needs. */
export interface SubjectDetails {
  quantity?: Quantity;
  /** Item conditions an offer may have (equipment, goods and materials only). */
  conditions?: readonly string[];
  /** Delivery modes: the first always applies, the others sometimes. */
  delivery: readonly [string, ...string[]];
  impact: UnitImpact;
  /** Emergencies are needed within days, not months. */
  urgent?: boolean;
}

/**
 * Quantities, conditions, delivery modes and impact per demo subject. The figures follow the English
 * phrasebook; the other languages were written from the same brief and may name slightly different numbers.
 */
export const SUBJECT_DETAILS: Record<DemoSubjectKey, SubjectDetails> = {
  'digital-services': { delivery: ['remote', 'on-site'], impact: { expertDays: 6 } },
  'energy-efficiency': { delivery: ['on-site', 'remote'], impact: { expertDays: 8 } },
  'eu-funding': { delivery: ['remote', 'on-site'], impact: { expertDays: 5 } },
  'water-utility-manager': { quantity: { unit: 'day', offer: 60, request: 80 }, delivery: ['on-site', 'remote'], impact: { expertDays: 1 } },
  'home-care-manager': { quantity: { unit: 'day', offer: 40, request: 120 }, delivery: ['on-site', 'remote'], impact: { expertDays: 1 } },
  'tourist-office-manager': { quantity: { unit: 'day', offer: 60, request: 80 }, delivery: ['on-site', 'remote'], impact: { expertDays: 1 } },
  'flood-response': { quantity: { unit: 'person', offer: 25, request: 30 }, delivery: ['on-site'], impact: { volunteerHours: 24 }, urgent: true },
  'wildfire-support': { quantity: { unit: 'person', offer: 15, request: 20 }, delivery: ['on-site'], impact: { volunteerHours: 40 }, urgent: true },
  'earthquake-shelter': { quantity: { unit: 'person', offer: 20, request: 25 }, delivery: ['on-site'], impact: { volunteerHours: 60 }, urgent: true },
  'river-clean-up': { quantity: { unit: 'person', offer: 40, request: 50 }, delivery: ['on-site'], impact: { volunteerHours: 6, massKg: 30 } },
  'community-centre': { quantity: { unit: 'person', offer: 6, request: 4 }, delivery: ['on-site'], impact: { volunteerHours: 40 } },
  'tree-planting': { quantity: { unit: 'person', offer: 20, request: 60 }, delivery: ['on-site'], impact: { volunteerHours: 6 } },
  'fire-engine': { quantity: { unit: 'piece', offer: 1, request: 1 }, conditions: ['good', 'fair'], delivery: ['pickup', 'delivery'], impact: { valueEur: 45000, massKg: 12000 } },
  'school-computers': { quantity: { unit: 'piece', offer: 25, request: 20 }, conditions: ['good', 'like-new'], delivery: ['pickup', 'delivery'], impact: { valueEur: 180, massKg: 12 } },
  'power-generator': { quantity: { unit: 'piece', offer: 1, request: 1 }, conditions: ['like-new', 'good'], delivery: ['pickup', 'delivery'], impact: { valueEur: 12000, massKg: 1400 } },
  'school-furniture': { quantity: { unit: 'set', offer: 60, request: 35 }, conditions: ['good', 'fair'], delivery: ['pickup', 'delivery'], impact: { valueEur: 90, massKg: 35 } },
  'hospital-beds': { quantity: { unit: 'piece', offer: 30, request: 20 }, conditions: ['good', 'like-new'], delivery: ['pickup', 'delivery'], impact: { valueEur: 400, massKg: 90 } },
  'emergency-tents': { quantity: { unit: 'piece', offer: 40, request: 25 }, conditions: ['like-new', 'new', 'good'], delivery: ['delivery', 'pickup'], impact: { valueEur: 350, massKg: 40 }, urgent: true },
  'construction-timber': { quantity: { unit: 'm3', offer: 12, request: 8 }, conditions: ['new', 'good'], delivery: ['pickup', 'delivery'], impact: { valueEur: 320, massKg: 450 } },
  'road-salt': { quantity: { unit: 'tonne', offer: 40, request: 25 }, conditions: ['new'], delivery: ['pickup', 'delivery'], impact: { valueEur: 95, massKg: 1000 } },
  'paving-stones': { quantity: { unit: 'm2', offer: 400, request: 300 }, conditions: ['new', 'good'], delivery: ['pickup', 'delivery'], impact: { valueEur: 45, massKg: 180 } },
  'snow-clearing': { delivery: ['on-site'], impact: { valueEur: 6000 } },
  'translation': { delivery: ['remote'], impact: { valueEur: 1800 } },
  'waste-collection': { quantity: { unit: 'day', offer: 4, request: 3 }, delivery: ['on-site'], impact: { valueEur: 900, massKg: 3000 } },
  'unused-school-building': { delivery: ['on-site'], impact: { valueEur: 850000 } },
  'thermal-spring': { delivery: ['on-site'], impact: { valueEur: 2500000 } },
  'industrial-zone': { delivery: ['on-site'], impact: { valueEur: 1200000 } },
  'wine-producers': { delivery: ['remote', 'on-site'], impact: { valueEur: 60000 } },
  'wood-processing': { delivery: ['remote', 'on-site'], impact: { valueEur: 80000 } },
  'organic-farming': { delivery: ['remote', 'on-site'], impact: { valueEur: 40000 } },
};

/** Reasons editors give when they reject a listing (English: moderation speaks the association's language). */
export const REJECTION_REASONS = [
  'Duplicate of a listing this municipality already published.',
  'The listing asks for payment; the platform is only for free exchanges between municipalities.',
  'The description is too vague: please state the quantity, condition and timing.',
  'Personal contact details belong in the municipality profile, not in the listing text.',
  'The item offered is not owned by the municipality; please ask the owner to post it.',
] as const;
