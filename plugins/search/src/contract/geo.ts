// Distances, shared so that both providers report the same distanceKm (the formula lives in config).
export { haversineKm } from '@community-sharing/config';

/** Rounds a distance for display and comparison across providers (10 m). */
export function roundKm(km: number): number {
  return Math.round(km * 100) / 100;
}
