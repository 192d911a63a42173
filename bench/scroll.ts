/** Scrolling a grid to its end in 40 jumps, one animation frame each, as the bench and the browser test measure it. */
import type { Locator } from "playwright-core";

/** The frames (ms) of scrolling the element to its end in 40 steps: their median and the worst. */
export async function scrollToEnd(scroller: Locator): Promise<{ median: number; worst: number }> {
  const frames = await scroller.evaluate(async (el) => {
    const times: number[] = [];
    let last = performance.now();
    for (let i = 1; i <= 40; i++) {
      el.scrollTop = (el.scrollHeight * i) / 40;
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    return times.sort((a, b) => a - b);
  });
  return { median: frames[20], worst: frames[39] };
}
