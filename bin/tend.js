#!/usr/bin/env node
// The `tend` command: the compiled CLI, in this process. `npm install` builds dist/ (the prepare
// script); no loader and no second process, which cost about half a second per command.
const [cli, wrap] = await Promise.all([
  import("../dist/cli/main.js"),
  import("../dist/cli/wrap-text.js"),
]).catch((error) => {
  if (error?.code !== "ERR_MODULE_NOT_FOUND") throw error;
  console.error(`Tend is not built or not installed (${error.message}): run npm install in its folder.`);
  process.exit(1);
});
// As functions/cli/main.ts does when started directly: wrapped at the terminal's width (80 piped).
process.exitCode = await cli.main(process.argv.slice(2), console.log, process.env, wrap.outputWidth());
