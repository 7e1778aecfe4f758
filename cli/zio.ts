/**
 * `npm run zio -- bereken <regio.json> [--scope breed|medium|smal|taak,taak,…] [--json uit.json]`
 */
import { main } from './main';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`Er ging iets mis: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
