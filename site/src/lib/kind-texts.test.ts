import { kindLabel as configLabel } from '@community-sharing/config';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetKindTexts, kindDescription, kindLabel, refreshKindTexts } from './kind-texts';

afterEach(() => forgetKindTexts());

describe('kind texts', () => {
  it('shows config\'s texts until the editors\' texts are loaded, then theirs', async () => {
    expect(kindLabel('equipment', 'bg')).toBe(configLabel('equipment', 'bg'));
    await refreshKindTexts('bg', async () => [{ kind: 'equipment', label: 'Техника и оборудване', description: 'От пожарни до компютри.' }]);
    expect(kindLabel('equipment', 'bg')).toBe('Техника и оборудване');
    expect(kindDescription('equipment', 'bg')).toBe('От пожарни до компютри.');
    // Another kind, or another locale, keeps config's text.
    expect(kindLabel('goods', 'bg')).toBe(configLabel('goods', 'bg'));
    expect(kindLabel('equipment', 'de')).toBe(configLabel('equipment', 'de'));
  });

  it('asks the CMS at most once a minute, and keeps the texts it had when the CMS fails', async () => {
    let calls = 0;
    const load = async () => {
      calls += 1;
      return [{ kind: 'goods', label: `Waren ${calls}`, description: '' }];
    };
    await refreshKindTexts('de', load, 1_000);
    await refreshKindTexts('de', load, 30_000);
    expect(calls).toBe(1);
    await refreshKindTexts('de', async () => Promise.reject(new Error('CMS down')), 120_000);
    expect(kindLabel('goods', 'de')).toBe('Waren 1');
    await refreshKindTexts('de', load, 200_000);
    expect(kindLabel('goods', 'de')).toBe('Waren 2');
  });
});
