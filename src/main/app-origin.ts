// The privileged `app://` scheme the renderer is served from: a stable origin keeps
// IndexedDB across launches and lets the main process recognise its own frames.
export const APP_SCHEME = 'app';
const APP_HOST = 'veritag';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
