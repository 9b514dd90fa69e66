// The README's pictures live in tests/page/screenshots/<name>.png and are committed. They are
// rewritten only with UPDATE_SCREENSHOT=1 (or when missing), so ordinary runs leave the tree
// clean and write <name>.tmp.png (git-ignored) instead.

import { access } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');

/**
 * Screenshot of the window (not the whole page) as the README picture `name`; of one element
 * when `target` is a locator.
 */
export async function readmePicture(page, name, target = page) {
  const committed = path.join(DIR, `${name}.png`);
  const exists = await access(committed).then(() => true, () => false);
  const file = process.env.UPDATE_SCREENSHOT === '1' || !exists ? committed : path.join(DIR, `${name}.tmp.png`);
  await target.screenshot({ path: file });
  return file;
}
