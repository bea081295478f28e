import { z } from "zod/mini";
import en from "zod/v4/locales/en.js";

/**
 * zod/mini for the app's schemas: the same checks as zod's chained API at a fraction of the
 * start-up code. Unlike full zod it has no error messages of its own; English ones are set here
 * (malformed-response errors and unknown config problems quote them). Import `z` from here.
 */
z.config(en());

export { z };
