// The provider choice from the environment.
import { describe, expect, it } from 'vitest';
import { createSearchProvider } from './index';

describe('createSearchProvider', () => {
  it('chooses algolia only when both the app id and the admin key are set', async () => {
    const chosen = (env: Parameters<typeof createSearchProvider>[0]) => {
      const provider = createSearchProvider(env);
      void provider.close?.(); // the embedded engine's thread
      return provider.name;
    };
    expect(chosen({ ALGOLIA_APP_ID: 'APP', ALGOLIA_ADMIN_KEY: 'key' })).toBe('algolia');
    expect(chosen({ ALGOLIA_APP_ID: 'APP' })).toBe('embedded');
    expect(chosen({ ALGOLIA_APP_ID: 'APP', ALGOLIA_ADMIN_KEY: '  ' })).toBe('embedded');
    expect(chosen({})).toBe('embedded');
  });
});
