// zod as every bundle uses it (renderer, exchange worker, main, command line): configured jitless
// before any schema exists, so it neither compiles parsers with `new Function` nor probes whether it
// may, which the renderer's CSP (no 'unsafe-eval') reports as a violation. Import `z` only from here.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
