// The error vocabulary lives at the bottom of core (core/errors.ts) so every layer can use it; the
// transports and the renderer keep reading it here, as part of the contract they serve.
export * from '../errors.ts';
