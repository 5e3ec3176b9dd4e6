export { startServer, createHandler, PORT_IN_USE, type RunningServer, type ServerOptions } from './http-server.ts';
export { ensureRendererBundle, rendererSourceHash, REPO_ROOT } from './renderer-bundle.ts';
export { checkRequest, isLoopbackAddress, newToken, cookieName, UNAUTHORIZED, FORBIDDEN } from './security.ts';
