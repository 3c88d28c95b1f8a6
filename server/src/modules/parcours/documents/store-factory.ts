import path from 'node:path';
import type { Config } from '../../../core/config.js';
import { LocalDocumentStore, type DocumentStore } from './storage.js';

/** The store the configuration names (the S3 variables are checked by core/config.ts at start-up). */
export async function createDocumentStore(config: Config): Promise<DocumentStore> {
  if (config.DOCUMENT_STORAGE === 's3') {
    // Loaded only when configured: the AWS SDK costs some 22 MB of resident memory.
    const { S3DocumentStore } = await import('./s3-storage.js');
    return new S3DocumentStore({
      endpoint: config.S3_ENDPOINT!,
      region: config.S3_REGION!,
      bucket: config.S3_BUCKET!,
      accessKeyId: config.S3_ACCESS_KEY_ID!,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY!,
    });
  }
  return new LocalDocumentStore(config.DOCUMENT_LOCAL_DIR ?? path.join(config.DATA_DIR, 'documents'));
}
