// Every gate type the policy may name. Adding a type here is all the engine needs.
import { evidenceGate } from './evidence.js';
import { freezeWindowGate } from './freeze-window.js';
import { secretsPresentGate } from './secrets-present.js';
import type { GateType } from './types.js';

export const GATE_TYPES: readonly GateType[] = [
  evidenceGate as unknown as GateType,
  freezeWindowGate as unknown as GateType,
  secretsPresentGate as unknown as GateType,
];
