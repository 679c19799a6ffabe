// Distances between places on the globe.

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** The great-circle distance in km between two points (haversine formula). */
export function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLng = (lng2 - lng1) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Whether a listing carries usable coordinates. */
export function hasPlace(x: { lat?: number; lng?: number }): x is { lat: number; lng: number } {
  return typeof x.lat === 'number' && typeof x.lng === 'number' && Number.isFinite(x.lat) && Number.isFinite(x.lng);
}
