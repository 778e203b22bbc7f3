/**
 * Where the platform serves this app. Vite's `base` is set from it, so the built asset URLs and
 * the app's own links agree (and stay so under test, where Vite's base is always "/").
 */
export const homePath = '/admin/';
