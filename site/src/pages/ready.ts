// GET /ready: readiness of the portal, which needs the CMS to render pages (503 with Retry-After when it is away).
import type { APIRoute } from 'astro';
import { readinessResponse } from '../lib/readiness';

export const GET: APIRoute = () =>
  readinessResponse(process.env.CMS_URL ?? 'http://localhost:1337', Number(process.env.CMS_TIMEOUT_MS ?? 5000));
