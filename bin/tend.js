#!/usr/bin/env node
// The `tend` command: the compiled CLI, in this process. `npm install` builds dist/ (the prepare
// script); no loader and no second process, which cost about half a second per command.
const cli = await import("../dist/functions/cli/main.js").catch((error) => {
  if (error?.code !== "ERR_MODULE_NOT_FOUND") throw error;
  console.error(`Tend is not built or not installed (${error.message}): run npm install in its folder.`);
  process.exit(1);
});
process.exitCode = await cli.main(process.argv.slice(2));
