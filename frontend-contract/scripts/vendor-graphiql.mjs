// Copies GraphiQL and what it runs on from node_modules (versions pinned by package-lock.json)
// into the project's static files, so /graphql/ works without a CDN or internet access.
// Run `npm run vendor-graphiql` after changing one of these packages, and commit the result.
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "..", "node_modules");
const target = join(here, "..", "..", "cms", "static", "cms", "graphiql");

const files = [
  "react/umd/react.production.min.js",
  "react-dom/umd/react-dom.production.min.js",
  "whatwg-fetch/dist/fetch.umd.js",
  "graphiql/graphiql.min.js",
  "graphiql/graphiql.min.css",
  "graphql-ws/umd/graphql-ws.min.js",
  "@graphiql/plugin-explorer/dist/graphiql-plugin-explorer.umd.js",
];

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
for (const file of files) {
  copyFileSync(join(modules, file), join(target, basename(file)));
}
// The explorer plugin's stylesheet is called style.css: give it a name that says whose it is.
copyFileSync(
  join(modules, "@graphiql/plugin-explorer/dist/style.css"),
  join(target, "graphiql-plugin-explorer.css"),
);
console.log(`GraphiQL vendored into ${target}`);
