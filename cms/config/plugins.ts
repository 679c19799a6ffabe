import { runtimeEnv } from '../src/runtime/environment';

export default () => {
  const env = runtimeEnv();
  return {
    'users-permissions': {
      config: {
        jwtSecret: env.secrets.JWT_SECRET,
        jwt: { expiresIn: '7d' },
        // Members register through the portal, which sends its own confirmation (issue: accounts).
        register: { allowedFields: [] },
      },
    },
    i18n: { enabled: true },
    email: env.SMTP_HOST
      ? {
          config: {
            provider: 'nodemailer',
            providerOptions: {
              host: env.SMTP_HOST,
              port: env.SMTP_PORT,
              secure: env.SMTP_SECURE,
              auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined,
            },
            settings: { defaultFrom: env.MAIL_FROM, defaultReplyTo: env.MAIL_FROM },
          },
        }
      : { config: {} },
  };
};
