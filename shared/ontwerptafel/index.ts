/**
 * The calculation core of the ontwerptafel (workshop mode, par. 5.3 of the report): criteria and
 * default scores, weighting per stakeholder group, exact sensitivity of the winner, the scope
 * decision with its effect on the pot, the meerjarenraming and the session with its momentopnamen.
 * Pure TypeScript over plain data, no I/O: usable in the renderer, the main process and the CLI.
 */
export * from './criteria';
export * from './weging';
export * from './gevoeligheid';
export * from './scopebesluit';
export * from './meerjaren';
export * from './sessie';
export * from './schakels';
export * from './enquete';
