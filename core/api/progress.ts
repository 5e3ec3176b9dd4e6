// Progress and cancellation live at the bottom of core (core/progress.ts) so every layer can use
// them; the transports and the renderer keep reading them here, as part of the contract.
export * from '../progress.ts';
