// A static map of Europe needs no tile server: an equirectangular projection, squeezed in longitude by the
// cosine of a middle latitude, turns latitude and longitude into SVG coordinates over a graticule.
import { COUNTRIES, type CountryCode } from '@community-sharing/config';

/** The part of the world the map shows: mainland Europe from Portugal and Ireland to Finland and Cyprus (islands further out sit on its edge). */
export const MAP_BOUNDS = { west: -12, east: 36, south: 34, north: 71 } as const;
/** Pixels per degree of latitude. */
const SCALE = 10;
const SQUEEZE = Math.cos((50 * Math.PI) / 180);

/** The size of the map in SVG units. */
export const MAP_SIZE = {
  width: Math.round((MAP_BOUNDS.east - MAP_BOUNDS.west) * SQUEEZE * SCALE),
  height: (MAP_BOUNDS.north - MAP_BOUNDS.south) * SCALE,
};

/** A point on the map. */
export interface MapPoint {
  x: number;
  y: number;
}

/** Returns the map position of a latitude and longitude, clamped to the map's edges. */
export function project(lat: number, lng: number): MapPoint {
  const clampedLng = Math.min(MAP_BOUNDS.east, Math.max(MAP_BOUNDS.west, lng));
  const clampedLat = Math.min(MAP_BOUNDS.north, Math.max(MAP_BOUNDS.south, lat));
  return {
    x: Math.round((clampedLng - MAP_BOUNDS.west) * SQUEEZE * SCALE * 10) / 10,
    y: Math.round((MAP_BOUNDS.north - clampedLat) * SCALE * 10) / 10,
  };
}

/** Returns the graticule: one line per `step` degrees of latitude and longitude. */
export function graticule(step = 5): { parallels: { lat: number; y: number }[]; meridians: { lng: number; x: number }[] } {
  const parallels = [];
  for (let lat = Math.ceil(MAP_BOUNDS.south / step) * step; lat <= MAP_BOUNDS.north; lat += step) parallels.push({ lat, y: project(lat, 0).y });
  const meridians = [];
  for (let lng = Math.ceil(MAP_BOUNDS.west / step) * step; lng <= MAP_BOUNDS.east; lng += step) meridians.push({ lng, x: project(0, lng).x });
  return { parallels, meridians };
}

/** Returns the map positions of the served countries' centres, to give the marker its bearings. */
export function countryCentres(): { code: CountryCode; point: MapPoint }[] {
  return COUNTRIES.map((country) => ({ code: country.code, point: project(country.center.lat, country.center.lng) }));
}
