/**
 * `npm run bench -- --papers N [--seed S] [--runs N] [--incremental]`: generates a seeded
 * synthetic corpus, builds it with SEEDS_DIR through `scripts/build.mjs`, and
 * prints figures: papers, days, tags, pages, Astro and search-index seconds,
 * peak RSS of the whole build (all processes), dist/ and index sizes, ms per
 * page, CPU seconds and a machine reference. --runs N repeats the full build and
 * reports the median. With --incremental each full build is followed by adding
 * one digest and rebuilding into the same dist/, which links unchanged pages
 * from the previous build (BROADSHEET_INCREMENTAL=0 measures rendering them
 * all instead); the median ratio of rebuild to full build is reported. Each
 * build's log is kept in the corpus folder (`build-full-1.log`, `build-incremental-1.log`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pushTo } from '../../src/lib/map-lists.ts';
import { incrementalBuilds } from '../../src/lib/site-config.ts';
import { generateCorpus } from './generate-corpus.ts';
import { astroEnvironment, NODE_FLAGS, OUTPUT_OPTIONS } from '../build-settings.mjs';
import { measureMachine, type MachineReference } from './machine-reference.ts';

const { values } = parseArgs({ options: { papers: { type: 'string', default: '1000' }, seed: { type: 'string', default: '42' }, incremental: { type: 'boolean', default: false }, floor: { type: 'boolean', default: false }, runs: { type: 'string', default: '1' } } });
const papers = Number(values.papers);
const work = path.join(tmpdir(), `broadsheet-bench-${papers}`);
const seeds = path.join(work, 'seeds');
const dist = path.join(work, 'dist');
// The bench's own build cache: a full build starts without one, a rebuild keeps it.
const cache = path.join(work, 'cache');

/** Resident memory of a process tree: the total, and each process by name (`node`, `pagefind_extended`…). */
function treeRss(root: number): { total: number; byName: Map<string, number> } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const names = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
      names.set(Number(entry), /Name:\s+(\S+)/.exec(status)?.[1] ?? '?');
      pushTo(children, ppid, Number(entry));
    } catch { /* process ended while reading */ }
  }
  let total = 0;
  const byName = new Map<string, number>();
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() ?? 0;
    const bytes = rss.get(pid) ?? 0;
    total += bytes;
    const name = names.get(pid) ?? '?';
    byName.set(name, (byName.get(name) ?? 0) + bytes);
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, byName };
}

/** Bytes of every file under `dir`. */
const du = (dir: string): number => tally(dir, '').bytes;
/** Files under `dir` whose names end with `ext`: how many, and their bytes. */
function tally(dir: string, ext: string): { files: number; bytes: number } {
  const total = { files: 0, bytes: 0 };
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      const sub = tally(p, ext);
      total.files += sub.files;
      total.bytes += sub.bytes;
    } else if (e.name.endsWith(ext)) {
      total.files++;
      total.bytes += statSync(p).size;
    }
  }
  return total;
}

let cacheNote = 'page cache dropped before each build';

/** CPU seconds (user + system) of this process's finished children and all they waited for: the whole build. */
function childCpuSeconds(): number {
  // /proc/self/stat: cutime and cstime are fields 16 and 17, in clock ticks (100 a second on Linux).
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** A measured build: wall and CPU seconds, the machine reference before it, peak RSS and the log. */
interface Measured { seconds: number; cpuSeconds: number; machine: MachineReference; peakRss: number; peakParts: string; log: string }

async function build(label: string, fresh: boolean): Promise<Measured> {
  // A full build starts from nothing: deleting a previous 100k-page dist/ is not build time.
  if (fresh) for (const dir of [dist, cache]) rmSync(dir, { recursive: true, force: true });
  return measure(label, ['scripts/build.mjs'], { env: { ...process.env, SEEDS_DIR: seeds, DIST_DIR: dist, BROADSHEET_CACHE_DIR: cache } });
}

/** Runs one build command on an idle disk with an empty page cache and measures it. */
async function measure(label: string, args: string[], options: { env: NodeJS.ProcessEnv; cwd?: string }): Promise<Measured> {
  // Every build starts with the disk idle and the page cache empty: on this VM the previous run's
  // hundreds of MB of cached and dirty pages otherwise cost the next build seconds of system time.
  // The reference is taken on the same idle disk, not while the deleted dist/ is still being written back.
  spawnSync('sync');
  const machine = await measureMachine(path.join(work, 'machine-reference'));
  spawnSync('sync');
  try { writeFileSync('/proc/sys/vm/drop_caches', '3'); } catch { cacheNote = 'page cache could not be dropped (not root): figures vary more'; }
  const started = performance.now();
  const cpuBefore = childCpuSeconds();
  const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  let peakRss = 0;
  let peakParts = '';
  const timer = setInterval(() => {
    const sample = treeRss(child.pid ?? 0);
    if (sample.total <= peakRss) return;
    peakRss = sample.total;
    peakParts = [...sample.byName].filter(([, b]) => b > 20 * 2 ** 20).sort((a, b) => b[1] - a[1]).map(([n, b]) => `${n} ${(b / 2 ** 20).toFixed(0)}`).join(', ');
  }, 100);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  // Kept beside the corpus: Astro's per-phase timestamps say where a build's time went.
  writeFileSync(path.join(work, `build-${label.replace(/\W+/g, '-')}.log`), log);
  if (code !== 0) { console.error(log.slice(-5000)); throw new Error(`${label} build failed`); }
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: childCpuSeconds() - cpuBefore, machine, peakRss, peakParts, log };
}

/**
 * Astro alone: a scratch project on this project's packages, with the same build options, Node flags and
 * allocator settings, whose one route writes `pages` pages of `pageBytes` of plain text each. Whatever a
 * build costs beyond it is Broadsheet's (content, site model, search); what it costs is the floor.
 */
async function buildAstroAlone(pages: number, pageBytes: number): Promise<Measured> {
  const project = path.join(work, 'astro-alone');
  rmSync(project, { recursive: true, force: true });
  mkdirSync(path.join(project, 'src', 'pages', 'papers'), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(project, 'node_modules'));
  writeFileSync(path.join(project, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(path.join(project, 'astro.config.mjs'), `export default ${JSON.stringify(OUTPUT_OPTIONS)};\n`);
  writeFileSync(path.join(project, 'src', 'pages', 'papers', '[slug].astro'), `---
export function getStaticPaths() {
  const text = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(${Math.max(1, Math.round(pageBytes / 57))});
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { slug: \`paper-\${i}\` }, props: { i, text } }));
}
const { i, text } = Astro.props;
---
<html lang="en"><head><meta charset="utf-8" /><title>Paper {i}</title></head><body><main><h1>Paper {i}</h1><p>{text}</p></main></body></html>
`);
  const env = astroEnvironment(process.env, path.resolve('.'));
  try {
    return await measure('astro alone', [...NODE_FLAGS, path.resolve('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { env, cwd: project });
  } finally {
    rmSync(project, { recursive: true, force: true }); // its dist/ is as large as the site's
  }
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MiB`;
const generated = generateCorpus({ papers, outDir: seeds, seed: Number(values.seed) });
// The digest a rebuild adds: written into the corpus before each rebuild and taken out before the next full build.
// One day of 40 papers, 4 of them shown again from the corpus's last week, as a real digest does.
const extra = values.incremental ? generateCorpus({ papers: 36, daySize: 40, days: 1, repeatFrom: seeds, outDir: path.join(work, 'extra'), seed: Number(values.seed) + 1, start: '2099-01-01' }) : null;
const extraFile = extra ? readdirSync(path.join(work, 'extra'))[0] ?? '2099-01-01.txt' : '';
const median = <T>(items: T[], by: (item: T) => number): T => [...items].sort((a, b) => by(a) - by(b))[Math.floor((items.length - 1) / 2)] ?? items[0]!;
// Several full builds: the figures are those of the median build by wall time. With --incremental each full
// build is followed by its rebuild, and a rebuild is compared with the full build just before it: on this
// drifting VM a ratio of neighbours is steadier than one of builds minutes apart.
const runs: Measured[] = [];
const rebuilds: { again: Measured; ratio: number }[] = [];
let site: { pages: number; html: number; tags: number; dist: number; pagefind: number; offline: number; offlineIndex: number } | null = null;
for (let i = 0; i < Math.max(1, Number(values.runs)); i++) {
  if (extraFile) rmSync(path.join(seeds, extraFile), { force: true });
  const run = await build(`full ${i + 1}`, true);
  runs.push(run);
  // Every full build writes the same site: its pages and sizes are taken once, before a rebuild changes it.
  if (!site) {
    const html = tally(dist, '.html');
    site = {
      pages: html.files,
      html: html.bytes,
      tags: readdirSync(path.join(dist, 'tags'), { withFileTypes: true }).filter((e) => e.isDirectory()).length,
      dist: du(dist),
      pagefind: readdirSync(dist).filter((d) => d.startsWith('pagefind')).reduce((n, d) => n + du(path.join(dist, d)), 0),
      offline: du(path.join(dist, 'offline')),
      offlineIndex: statSync(path.join(dist, 'offline', 'index.js')).size,
    };
  }
  if (!extra) continue;
  writeFileSync(path.join(seeds, extraFile), readFileSync(path.join(work, 'extra', extraFile)));
  const again = await build(`incremental ${i + 1}`, false);
  rebuilds.push({ again, ratio: again.seconds / run.seconds });
}
const full = median(runs, (r) => r.seconds);
const { pages, tags } = site!;
const indexSeconds = Number(/indexed \d+ paper pages in ([\d.]+)s/.exec(full.log)?.[1] ?? NaN);
const builtIn = /\d+ page\(s\) built in (?:(\d+)m\s*)?([\d.]+)s/.exec(full.log);
const astroSeconds = builtIn ? Number(builtIn[1] ?? 0) * 60 + Number(builtIn[2]) : NaN;
const figures: [string, string][] = [
  ['papers', String(generated.papers)],
  ['records', String(generated.records)],
  ['days', String(generated.days)],
  ['tags', String(tags)],
  ['pages written', String(pages)],
  ['build wall seconds (total)', `${full.seconds.toFixed(1)}${runs.length > 1 ? ` (median of ${runs.length}: ${runs.map((r) => r.seconds.toFixed(1)).join(', ')})` : ''}`],
  ['CPU seconds (user + system, all processes)', full.cpuSeconds.toFixed(1)],
  ['astro build seconds (incl. index)', astroSeconds.toFixed(1)],
  ['search-index seconds (Pagefind)', indexSeconds.toFixed(1)],
  ['peak RSS, whole build', `${mb(full.peakRss)} (at the peak, MiB: ${full.peakParts})${runs.length > 1 ? ` (highest of ${runs.length}: ${mb(Math.max(...runs.map((r) => r.peakRss)))})` : ''}`],
  ['dist/ size', mb(site!.dist)],
  ['Pagefind index size (all shards)', mb(site!.pagefind)],
  // The index alone, and the folder the offline page loads from (the index, the teasers and the scripts).
  ['offline index size (offline/ folder)', `${mb(site!.offlineIndex)} (${mb(site!.offline)})`],
  ['ms per page', ((full.seconds * 1000) / pages).toFixed(2)],
  // The same workload every run: builds of different days compare by their ratio to it, not by seconds.
  ['machine reference before the build (ms)', `CPU ${full.machine.cpuMs.toFixed(0)}, files ${full.machine.filesMs.toFixed(0)}${runs.length > 1 ? ` (all runs: ${runs.map((r) => `${r.machine.cpuMs.toFixed(0)}/${r.machine.filesMs.toFixed(0)}`).join(', ')})` : ''}`],
];
if (extra && rebuilds.length > 0) {
  const { again, ratio } = median(rebuilds, (r) => r.ratio);
  const linked = Number(/(\d+) unchanged paper, alias and day page\(s\) linked/.exec(again.log)?.[1] ?? 0);
  const rendered = Number(/(\d+) page\(s\) built in/.exec(again.log)?.[1] ?? NaN);
  const all = rebuilds.length > 1 ? `; all: ${rebuilds.map((r) => `${r.again.seconds.toFixed(1)} s = ${(r.ratio * 100).toFixed(0)}%`).join(', ')}` : '';
  figures.push(['rebuild after adding one digest (s)', `${again.seconds.toFixed(1)} (${(ratio * 100).toFixed(0)}% of the full build before it${rebuilds.length > 1 ? `, median of ${rebuilds.length}` : ''}; ${extra.records} papers, ${extra.papers} new and ${extra.repeated} shown again, ${linked} pages linked and ${rendered} rendered, ${again.cpuSeconds.toFixed(1)} CPU s, machine reference CPU ${again.machine.cpuMs.toFixed(0)}/files ${again.machine.filesMs.toFixed(0)} ms${all}${incrementalBuilds() ? '' : ', BROADSHEET_INCREMENTAL off'})`]);
}
if (values.floor) {
  // As many pages as the build wrote, of their average size.
  const alone = await buildAstroAlone(pages, site!.html / pages);
  figures.push(['Astro alone, same pages, no content (--floor)', `${pages} pages of ${(site!.html / pages / 1024).toFixed(1)} KB: ${alone.seconds.toFixed(1)} s = ${((alone.seconds / full.seconds) * 100).toFixed(0)}% of the build; ${alone.cpuSeconds.toFixed(1)} CPU s; peak ${mb(alone.peakRss)}; ${((alone.seconds * 1000) / pages).toFixed(2)} ms/page; machine reference CPU ${alone.machine.cpuMs.toFixed(0)}/files ${alone.machine.filesMs.toFixed(0)} ms`]);
}
const width = Math.max(...figures.map(([k]) => k.length));
console.log(`\nbroadsheet bench (${process.platform}, ${(await import('node:os')).cpus().length} cpus, node ${process.version}; ${cacheNote})`);
for (const [k, v] of figures) console.log(`  ${k.padEnd(width)}  ${v}`);
