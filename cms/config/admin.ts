import { runtimeEnv } from '../src/runtime/environment';

export default () => {
  const env = runtimeEnv();
  return {
    auth: { secret: env.secrets.ADMIN_JWT_SECRET },
    apiToken: { salt: env.secrets.API_TOKEN_SALT },
    transfer: { token: { salt: env.secrets.TRANSFER_TOKEN_SALT } },
    secrets: { encryptionKey: env.secrets.ENCRYPTION_KEY },
    flags: { nps: false, promoteEE: false },
    autoOpen: false,
  };
};
