/** Builds (or validates) the index under DATA_DIR/index, to ship as an artifact or warm a deployment. */
import { loadConfig } from '../config.js';
import { openEngine } from '../engine/open-engine.js';
import { progressReporter } from './progress.js';

const { index, corpusError } = await openEngine(loadConfig(), { onProgress: progressReporter('Đang lập chỉ mục') });
if (corpusError) {
  console.error(`error: ${corpusError.message}`);
  process.exit(1);
}
const how = index.rebuiltBecause ? `built (${index.rebuiltBecause})` : 'up to date';
console.log(`index ${how}: ${index.passages.length} paragraphs, ${index.articles.length} articles, embedder ${index.manifest.embedderId}`);
