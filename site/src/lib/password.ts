// The password rule the CMS applies (ACCOUNTS-CONTRACT: 10 to 128 characters), checked first in the portal so
// that the form answers without a round trip.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
