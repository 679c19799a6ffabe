import path from 'node:path';
import { CMS_DIR, runtimeEnv } from '../src/runtime/environment';
import { uploadPluginConfig } from '../src/runtime/upload-config';

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
    // Local disk by default; a shared S3-compatible bucket with UPLOAD_PROVIDER=s3 (several instances).
    upload: uploadPluginConfig(env),
    search: { enabled: true, resolve: '../plugins/search' },
    matching: { enabled: true, resolve: '../plugins/matching' },
    moderation: { enabled: true, resolve: '../plugins/moderation' },
    email: env.SMTP_HOST
      ? {
          config: {
            provider: 'nodemailer',
            providerOptions: {
              host: env.SMTP_HOST,
              port: env.SMTP_PORT,
              secure: env.SMTP_SECURE,
              auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined,
              // Fail fast when the server is down: the outbox retries later (cms/src/mail/mail-queue/worker.ts).
              connectionTimeout: 10_000,
              greetingTimeout: 10_000,
              socketTimeout: 60_000,
            },
            settings: { defaultFrom: env.MAIL_FROM, defaultReplyTo: env.MAIL_FROM },
          },
        }
      : {
          // The embedded default: mails go to a local outbox log (cms/.tmp/mail-outbox.log) instead of out.
          config: {
            provider: '@community-sharing/email-outbox-log',
            providerOptions: { file: path.join(CMS_DIR, '.tmp', 'mail-outbox.log') },
            settings: { defaultFrom: env.MAIL_FROM, defaultReplyTo: env.MAIL_FROM },
          },
        },
  };
};
