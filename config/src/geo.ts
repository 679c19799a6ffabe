// Great-circle distance, shared so that search, matching and the portal report the same kilometres.

const EARTH_RADIUS_KM = 6371.0088; // mean Earth radius (IUGG)
const RAD = Math.PI / 180;

/** The haversine distance in kilometres between two points given in degrees. */
export function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLng = (lng2 - lng1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
