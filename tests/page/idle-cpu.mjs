// Measures what an idle lab costs (#18): the lab opened, paused and left alone, then the CPU
// time of every process of the browser (from /proc) and the page's main-thread task time (CDP
// Performance.getMetrics TaskDuration) over a window of seconds. Not a test (no assertion: the
// figures depend on the machine); `tests/page/idle.test.mjs` pins the behaviour instead.
//   LAB_URL=http://127.0.0.1:8132/ node tests/page/idle-cpu.mjs [seconds=10] [repeats=3]

import { readFileSync, readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_ARGS, LAB_URL, VIEWPORT } from './harness.mjs';

const SECONDS = Number(process.argv[2] ?? 10);
const REPEATS = Number(process.argv[3] ?? 3);
const TICKS = 100; // clock ticks per second (getconf CLK_TCK on Linux)

/** [pid, ppid, utime + stime in ticks] of every process. */
function processes() {
  const out = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.push([Number(name), Number(f[1]), Number(f[11]) + Number(f[12])]);
    } catch {
      // the process ended while being read
    }
  }
  return out;
}

/** CPU seconds used so far by `root` and all its descendants. */
function treeCpu(root) {
  const all = processes();
  const inTree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of all) if (inTree.has(ppid) && !inTree.has(pid)) grew = inTree.add(pid);
  }
  return all.filter(([pid]) => inTree.has(pid)).reduce((s, [, , t]) => s + t, 0) / TICKS;
}

const server = await chromium.launchServer({ executablePath: CHROME, headless: true, args: CHROME_ARGS });
const browser = await chromium.connect(server.wsEndpoint());
try {
  const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
  await page.goto(LAB_URL, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.lab !== 'undefined');
  await page.evaluate((play) => (play ? window.lab.play() : window.lab.pause()), Boolean(process.env.PLAY));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  if (!process.env.PLAY) await new Promise((r) => setTimeout(r, 5000)); // the paced jobs after the pause are done
  for (let i = 0; i < REPEATS; i++) {
    const [cpu0, task0] = [treeCpu(server.process().pid), await task()];
    await new Promise((r) => setTimeout(r, SECONDS * 1000));
    const [cpu1, task1] = [treeCpu(server.process().pid), await task()];
    const cores = (cpu1 - cpu0) / SECONDS;
    console.log(`${process.env.PLAY ? 'playing' : 'idle paused'} lab, ${SECONDS} s: browser CPU ${(cpu1 - cpu0).toFixed(2)} s (${cores.toFixed(3)} of a core), page main thread ${(task1 - task0).toFixed(2)} s`);
  }
} finally {
  await browser.close();
  await server.close();
}
