import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';

/**
 * A module's source with `import.meta.url` replaced by the URL of the file it was written in. The program finds its
 * files beside its sources (the learned tables in retrieval/data/, the pages' public/ folders, the migrations, the
 * answer thread's entry); bundled, every module would otherwise take the bundle's URL and look in dist/.
 */
export function pinModuleUrl(source: string, fileUrl: string): string {
  return source.replace(/\bimport\.meta\.url\b/g, JSON.stringify(fileUrl));
}

/** The esbuild plugin applying pinModuleUrl to the project's own TypeScript files (never to packages). */
export const pinModuleUrls: Plugin = {
  name: 'pin-module-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes('/node_modules/')) return undefined;
      return { contents: pinModuleUrl(await readFile(args.path, 'utf8'), pathToFileURL(args.path).href), loader: 'ts' };
    });
  },
};
