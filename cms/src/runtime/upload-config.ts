import type { Env } from '@community-sharing/config';

/** Largest upload accepted (images of listings, municipality logos). */
const SIZE_LIMIT_BYTES = 10 * 1024 * 1024;

/**
 * The upload plugin's configuration: files on the CMS's own disk (cms/public/uploads) by default, which suits one
 * instance; an S3-compatible bucket when UPLOAD_PROVIDER=s3, which every instance shares (config/src/env.ts has
 * already refused an incomplete S3 configuration).
 */
export function uploadPluginConfig(env: Env) {
  if (env.UPLOAD_PROVIDER !== 's3') return { config: { provider: 'local', sizeLimit: SIZE_LIMIT_BYTES } };
  return {
    config: {
      provider: 'aws-s3',
      sizeLimit: SIZE_LIMIT_BYTES,
      providerOptions: {
        // The address files are served from when it is not the bucket's own (a CDN in front of it).
        baseUrl: env.S3_PUBLIC_URL,
        s3Options: {
          credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY },
          region: env.S3_REGION,
          ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
          forcePathStyle: env.S3_FORCE_PATH_STYLE,
          params: { Bucket: env.S3_BUCKET },
        },
      },
    },
  };
}
