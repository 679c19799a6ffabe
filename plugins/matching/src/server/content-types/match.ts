/**
 * One offer<->request pair the matcher (or an editor) found, keyed by the listings' documentIds (row ids change
 * on publish), with its score, its reasons as data, and where each side stands with it.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'matching_matches',
    info: { singularName: 'match', pluralName: 'matches', displayName: 'Match', description: 'An offer that fits a request, with its score and reasons.' },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      offerId: { type: 'string', required: true, maxLength: 40 },
      requestId: { type: 'string', required: true, maxLength: 40 },
      offerMunicipalityId: { type: 'string', required: true, maxLength: 40 },
      requestMunicipalityId: { type: 'string', required: true, maxLength: 40 },
      score: { type: 'float', required: true, min: 0, max: 1 },
      reasons: { type: 'json' },
      offerState: { type: 'enumeration', enum: ['new', 'seen', 'dismissed', 'contacted'], default: 'new', required: true },
      requestState: { type: 'enumeration', enum: ['new', 'seen', 'dismissed', 'contacted'], default: 'new', required: true },
      source: { type: 'enumeration', enum: ['matcher', 'editor'], default: 'matcher', required: true },
      proposedBy: { type: 'string', maxLength: 200 },
      offerNotifiedAt: { type: 'datetime' },
      requestNotifiedAt: { type: 'datetime' },
    },
  },
};
