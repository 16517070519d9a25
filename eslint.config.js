// Lint for Cloud Exchange: the recommended JavaScript, TypeScript, React hooks and accessibility
// rules, plus the one boundary a type system cannot see (data modules never take a Request).
// Import boundaries between folders are dependency-cruiser's (.dependency-cruiser.cjs).
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const DATA_MODULE_MESSAGE =
  "Data modules take plain values (an actor, an IP address, a purchase) and return plain data: only routes and the HTTP glue see a Request or throw a Response (docs/architecture.md).";

export default tseslint.config(
  { ignores: ["build/", "public/build/", ".cache/", "node_modules/", "test/e2e/screenshots/", "bench-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-duplicate-imports": "off",
      eqeqeq: ["error", "always", { null: "ignore" }],
      // Sanitising and validating text means matching control characters on purpose.
      "no-control-regex": "off",
    },
  },
  {
    files: ["app/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  { files: ["app/**/*.tsx"], ...jsxA11y.flatConfigs.recommended },
  {
    files: ["app/**/*.server.ts"],
    ignores: ["app/platform/**", "app/accounts/session.server.ts", "app/accounts/csrf.server.ts", "app/entry.server.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "TSTypeReference[typeName.name='Request']", message: DATA_MODULE_MESSAGE },
        { selector: "ThrowStatement > NewExpression[callee.name='Response']", message: DATA_MODULE_MESSAGE },
      ],
    },
  },
  prettier,
);
