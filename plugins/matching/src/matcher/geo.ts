// Places: the distance is config's haversine (search, matching and the portal report the same kilometres).
export { haversineKm } from '@community-sharing/config';

/** Whether a listing carries usable coordinates. */
export function hasPlace(x: { lat?: number; lng?: number }): x is { lat: number; lng: number } {
  return typeof x.lat === 'number' && typeof x.lng === 'number' && Number.isFinite(x.lat) && Number.isFinite(x.lng);
}
