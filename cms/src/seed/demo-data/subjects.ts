/**
 * The thirty demo subjects: what demo municipalities offer and request, three per platform kind.
 * A subject is language-free (its CPV codes are what let a Bulgarian request meet a German offer);
 * each phrasebook in ./phrasebooks writes it in one language. The English `gist` is a brief for translators.
 */
export const DEMO_SUBJECTS = [
  // expertise and good practice
  { key: 'digital-services', kind: 'expertise', cpv: [], gist: 'setting up e-government online services and a one-stop shop for citizens' },
  { key: 'energy-efficiency', kind: 'expertise', cpv: [], gist: 'energy-efficiency renovation of public buildings (schools, kindergartens, town hall)' },
  { key: 'eu-funding', kind: 'expertise', cpv: [], gist: 'preparing and managing applications for EU-funded projects' },
  // interim managers who help set up a service
  { key: 'water-utility-manager', kind: 'interim-managers', cpv: [], gist: 'an experienced manager to help set up a municipal water and sewerage company' },
  { key: 'home-care-manager', kind: 'interim-managers', cpv: [], gist: 'an experienced manager to help set up a home-care service for elderly people' },
  { key: 'tourist-office-manager', kind: 'interim-managers', cpv: [], gist: 'an experienced manager to help set up a tourist information centre' },
  // volunteers for critical situations
  { key: 'flood-response', kind: 'volunteers-emergency', cpv: [], gist: 'volunteers to fill sandbags and help residents during floods' },
  { key: 'wildfire-support', kind: 'volunteers-emergency', cpv: [], gist: 'volunteers for logistics and food supply to firefighters during forest fires' },
  { key: 'earthquake-shelter', kind: 'volunteers-emergency', cpv: [], gist: 'volunteers to run a temporary shelter for families after an earthquake' },
  // volunteers for the community
  { key: 'river-clean-up', kind: 'volunteers-community', cpv: [], gist: 'young volunteers for a clean-up of the river banks' },
  { key: 'community-centre', kind: 'volunteers-community', cpv: [], gist: 'volunteers to run afternoon activities for older people at the community centre' },
  { key: 'tree-planting', kind: 'volunteers-community', cpv: [], gist: 'volunteers for a tree-planting day in the town park' },
  // equipment
  { key: 'fire-engine', kind: 'equipment', cpv: ['34144210'], gist: 'a used fire engine in working order, for the volunteer fire brigade' },
  { key: 'school-computers', kind: 'equipment', cpv: ['30213000'], gist: 'desktop computers for a school computer room' },
  { key: 'power-generator', kind: 'equipment', cpv: ['31121000'], gist: 'a diesel power generator for emergencies' },
  // goods
  { key: 'school-furniture', kind: 'goods', cpv: ['39160000'], gist: 'school desks and chairs for classrooms' },
  { key: 'hospital-beds', kind: 'goods', cpv: ['33192100'], gist: 'beds for a health centre or nursing home' },
  { key: 'emergency-tents', kind: 'goods', cpv: ['39522530'], gist: 'tents for temporary accommodation in emergencies' },
  // materials and raw materials
  { key: 'construction-timber', kind: 'materials', cpv: ['03419000'], gist: 'construction timber for repairing public buildings' },
  { key: 'road-salt', kind: 'materials', cpv: ['34927100'], gist: 'road salt for winter road maintenance' },
  { key: 'paving-stones', kind: 'materials', cpv: ['44113000'], gist: 'paving stones and other road-construction materials left over from a project' },
  // services
  { key: 'snow-clearing', kind: 'services', cpv: ['90620000'], gist: 'snow clearing of local roads with the municipality\'s own vehicles' },
  { key: 'translation', kind: 'services', cpv: ['79530000'], gist: 'translation of documents for a cross-border project' },
  { key: 'waste-collection', kind: 'services', cpv: ['90511000'], gist: 'collection of bulky waste with a municipal truck' },
  // investment opportunity
  { key: 'unused-school-building', kind: 'investment', cpv: [], gist: 'an investor for an unused former school building' },
  { key: 'thermal-spring', kind: 'investment', cpv: [], gist: 'an investor to develop a thermal spring for spa tourism' },
  { key: 'industrial-zone', kind: 'investment', cpv: [], gist: 'investors for plots in the municipal industrial zone' },
  // business partnership
  { key: 'wine-producers', kind: 'business-partnership', cpv: [], gist: 'business partners (importers, distributors) for local wine producers' },
  { key: 'wood-processing', kind: 'business-partnership', cpv: [], gist: 'partners for small local wood-processing and furniture companies' },
  { key: 'organic-farming', kind: 'business-partnership', cpv: [], gist: 'buyers and partners for an organic farming cooperative' },
] as const;

export type DemoSubject = (typeof DEMO_SUBJECTS)[number];
export type DemoSubjectKey = DemoSubject['key'];
