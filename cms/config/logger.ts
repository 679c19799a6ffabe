import { formats, winston } from '@strapi/logger';
import { runtimeEnv } from '../src/runtime/environment';

// Readable lines on a terminal; one JSON object a line in production (or with LOG_FORMAT=json), for the log collector.
export default () => {
  const env = runtimeEnv();
  return {
    level: env.LOG_LEVEL,
    transports: [new winston.transports.Console({ level: env.LOG_LEVEL })],
    format: env.LOG_FORMAT === 'json'
      ? winston.format.combine(winston.format.timestamp(), winston.format.errors({ stack: true }), winston.format.json())
      : formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' }),
  };
};
