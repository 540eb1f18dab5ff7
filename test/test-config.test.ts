import { describe, expect, it } from 'vitest';

describe('the test suite configuration', () => {
  it('lets expect.poll wait for a page on a loaded machine, well beyond its 1 s default', async () => {
    // The browser tests poll what a page shows after a navigation; on CI that took more than a second.
    const ready = Date.now() + 1_500;
    await expect.poll(() => Date.now() >= ready).toBe(true);
  });
});
