// ESLint for the theme's browser scripts, their modules and their unit tests: the recommended rules, nothing more.
// Pinned in package.json (devDependencies), so the site build's npm install --omit=dev never installs it.
import js from "@eslint/js";

// Declared by hand rather than from the « globals » package: the scripts use these few, and one dependency less.
const browser = Object.fromEntries([
  "document", "window", "history", "localStorage", "navigator", "fetch", "URLSearchParams", "CSS", "Option",
  "setTimeout", "clearTimeout", "console",
].map((name) => [name, "readonly"]));
const node = Object.fromEntries(["process", "console", "URL"].map((name) => [name, "readonly"]));

export default [
  js.configs.recommended,
  {
    files: ["theme/wwwroot/js/**/*.{js,mjs}"],
    languageOptions: { ecmaVersion: 2024, sourceType: "module", globals: browser },
  },
  {
    files: ["theme/tests/**/*.mjs", "eslint.config.mjs"],
    languageOptions: { ecmaVersion: 2024, sourceType: "module", globals: node },
  },
];
