// Command-line options of `npm run bench -- …`.
import { SET_NAMES, type SetName } from './corpus/types';

export interface BenchOptions {
  sets: SetName[];
  quick: boolean;
  check: boolean;
  /** Check the --quick subset against CI's regression floors instead of the targets. */
  checkFloors: boolean;
  failures: number;
  compare: boolean;
  useCache: boolean;
  /** Run only DEV (or only HELD-OUT) pages: faster iteration; figures for the other split are then absent. */
  only: 'dev' | 'held-out' | null;
  /** Worker threads for the comparison tools (default: the machine's cores). */
  jobs: number | null;
  help: boolean;
}

export const USAGE = `npm run bench -- [options]
  --set NAME        fundus | aeb | htmldate | trafilatura (repeat or comma-separate; default all)
  --quick           a fixed subset of 36 pages per set (both splits), for CI
  --check           exit code 1 when a figure is below its target (bench/thresholds.ts)
  --check-floors    exit code 1 when a --quick figure falls below CI's regression floor (bench/thresholds.ts)
  --failures N      list the N worst DEV pages per figure, gold beside ours
  --no-compare      skip Readability and metascraper (and the speed comparison)
  --no-cache        recompute Readability (jsdom) and metascraper instead of reading .bench-cache/
  --dev-only        run only DEV pages (quick iteration while improving heuristics)
  --jobs N          worker threads for Readability/metascraper when their cache is cold (default: cores)
  --help`;

export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    sets: [],
    quick: false,
    check: false,
    checkFloors: false,
    failures: 0,
    compare: true,
    useCache: true,
    only: null,
    jobs: null,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.includes('=') ? (arg.split('=', 2) as [string, string]) : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? '';
    switch (flag) {
      case '--set':
        for (const name of value().split(',')) {
          if (!(SET_NAMES as readonly string[]).includes(name)) throw new Error(`unknown set "${name}"`);
          if (!options.sets.includes(name as SetName)) options.sets.push(name as SetName);
        }
        break;
      case '--quick': options.quick = true; break;
      case '--check': options.check = true; break;
      case '--check-floors': options.checkFloors = true; break;
      case '--failures': {
        const count = Number(value());
        if (!Number.isInteger(count) || count < 0) throw new Error('--failures needs a whole number');
        options.failures = count;
        break;
      }
      case '--no-compare': options.compare = false; break;
      case '--no-cache': options.useCache = false; break;
      case '--dev-only': options.only = 'dev'; break;
      case '--jobs': {
        const count = Number(value());
        if (!Number.isInteger(count) || count < 1) throw new Error('--jobs needs a whole number ≥ 1');
        options.jobs = count;
        break;
      }
      case '--help': case '-h': options.help = true; break;
      default: throw new Error(`unknown option "${arg}"`);
    }
  }
  if (options.sets.length === 0) options.sets = [...SET_NAMES];
  return options;
}
