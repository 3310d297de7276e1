// Jest global setup: draws the run's fast-check seed once, before the workers start (they
// inherit FC_SEED), and prints it with the command that replays the run. It imports nothing:
// Jest loads this file outside the projects' module mapping. The per-file setup
// (fast-check.setup.ts) validates FC_SEED.
export default function globalSetup(): void {
  if (!process.env.FC_SEED?.trim()) process.env.FC_SEED = String(Math.floor(Math.random() * 2 ** 31));
  const seed = process.env.FC_SEED;
  process.stderr.write(`\nfast-check seed ${seed} (replay: FC_SEED=${seed} npm test -- <test files>)\n`);
}
