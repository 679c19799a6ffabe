// The provider choice from the environment.
import { describe, expect, it } from 'vitest';
import { createSearchProvider } from './index';

describe('createSearchProvider', () => {
  it('chooses algolia only when both the app id and the admin key are set', () => {
    expect(createSearchProvider({ ALGOLIA_APP_ID: 'APP', ALGOLIA_ADMIN_KEY: 'key' }).name).toBe('algolia');
    expect(createSearchProvider({ ALGOLIA_APP_ID: 'APP' }).name).toBe('embedded');
    expect(createSearchProvider({ ALGOLIA_APP_ID: 'APP', ALGOLIA_ADMIN_KEY: '  ' }).name).toBe('embedded');
    expect(createSearchProvider({}).name).toBe('embedded');
  });
});
