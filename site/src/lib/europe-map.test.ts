import { describe, expect, it } from 'vitest';
import { MAP_SIZE, project } from './europe-map';

describe('the Europe map projection', () => {
  it('puts north up and west left, inside the map', () => {
    const sofia = project(42.7, 23.3);
    const dublin = project(53.35, -6.26);
    const helsinki = project(60.17, 24.94);
    expect(dublin.x).toBeLessThan(sofia.x);
    expect(helsinki.y).toBeLessThan(sofia.y);
    for (const p of [sofia, dublin, helsinki]) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(MAP_SIZE.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(MAP_SIZE.height);
    }
  });

  it('keeps far islands on the map’s edge', () => {
    const azores = project(37.7, -25.7);
    expect(azores.x).toBe(0);
  });
});
