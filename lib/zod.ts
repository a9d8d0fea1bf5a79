// Single entry point to Zod for the whole project. Zod compiles fast paths with
// `new Function` unless told not to; the extension's CSP forbids eval, so the
// jitless switch must be set before any schema is built. Every schema imports
// `z` from here, never from 'zod' directly.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
