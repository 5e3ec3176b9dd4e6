// Node module hook: `import ... from 'electron'` resolves to the recording stub beside this file.
const STUB = new URL('./electron.mjs', import.meta.url).href;
export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: STUB, shortCircuit: true };
  return next(specifier, context);
}
