// Every property test in this file's run uses the run's seed (FC_SEED, set by the global
// setup; a file run on its own without it draws a fresh one). A property that passes its own
// parameters keeps this seed unless it names one itself.
import fc from 'fast-check';
import { chooseSeed } from './fast-check-seed.js';

const seed = chooseSeed(process.env.FC_SEED);
process.env.FC_SEED = String(seed);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
