// Open data (CC BY 4.0, see README "Open data"): the published listings and the exchange statistics, no person data.
const route = (path: string, handler: string) => ({ method: 'GET', path, handler: `open-data.${handler}`, config: { auth: false } });

export default {
  routes: [
    route('/open-data/listings.csv', 'listingsCsv'),
    route('/open-data/listings.json', 'listingsJson'),
    route('/open-data/exchange-stats.csv', 'statsCsv'),
    route('/open-data/exchange-stats.json', 'statsJson'),
  ],
};
