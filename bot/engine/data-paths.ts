import { join } from 'node:path';
import type { Config } from '../config.js';

/** Where articles added through ingest or upload live without a database: under DATA_DIR, never in the bundled corpus/. */
export const articlesDir = (config: Config): string => join(config.dataDir, 'articles');
/** The versions of added articles that were replaced or deleted, kept so logged citations resolve. */
export const removedArticlesDir = (config: Config): string => join(config.dataDir, 'articles-removed');
/** This instance's saved index. */
export const indexDir = (config: Config): string => join(config.dataDir, 'index');
