// GET /health: liveness of the portal process (no CMS involved).
import type { APIRoute } from 'astro';
import { healthResponse } from '../lib/readiness';

export const GET: APIRoute = () => healthResponse();
