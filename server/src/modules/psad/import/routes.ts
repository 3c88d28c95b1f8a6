import type { FastifyInstance } from 'fastify';

/** REST routes of the SIEI list import (multipart upload, preview, confirm). */
export async function registerImportRoutes(_app: FastifyInstance): Promise<void> {}
