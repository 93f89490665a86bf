// Checks the YAML front matter of input/{cas,outils,territoires,pages}/*.md against the committed JSON
// Schemas in input/schemas/, for `npx remark input --quiet --frail --no-stdout` and for VS Code
// (unifiedjs.vscode-remark reads this same file). It is a convenience for writers only: the site's own
// `check` command stays the reference.
//
// Why .mjs and not .remarkrc.json: remark-lint-frontmatter-schema 3.15.4 needs these repairs, which are code.
// - It compiles with Ajv's default (draft-07) class, which refuses any schema whose `$schema` is draft
//   2020-12 ("no schema with key or ref ..."). `validateSchema: false` skips that meta-schema lookup;
//   every keyword our schemas use means the same in draft-07.
// - Its `schemas` glob option fails on Windows (the globs get backslashes), so each file's schema is
//   chosen here from its folder and handed to the rule as `embed`, read afresh for every check.
// - Its messages carry only the old `position` field, so VS Code (which reads `place`) puts them all on
//   line 1; it never names an unknown key; a value outside a `oneOf` list of `const` gives one message
//   per allowed value, plus two for an optional field (`anyOf` with null). The code below repairs that,
//   and also reports YAML errors (a duplicated key, say) and a content file with no front matter, which
//   the rule lets pass in silence.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';
import {LineCounter, isScalar, parseDocument} from 'yaml';

const root = path.dirname(fileURLToPath(import.meta.url));

// Content folder → its schema.
const schemaOf = {
  cas: 'input/schemas/cas.schema.json',
  outils: 'input/schemas/outil.schema.json',
  territoires: 'input/schemas/territoire.schema.json',
  pages: 'input/schemas/page.schema.json',
};

const ruleId = 'frontmatter-schema';

function warn(file, reason, place) {
  const message = file.message(reason, {place, ruleId, source: 'remark-lint'});
  message.fatal = false; // a warning: `--frail` makes the run fail on it
  return message;
}

function frontmatterSchema() {
  const processor = this;

  return async (tree, file) => {
    const relative = path.relative(root, path.resolve(file.cwd, file.path));
    const [top, folder, name, ...deeper] = relative.split(path.sep);
    const isContent = top === 'input' && !deeper.length && name?.endsWith('.md');
    const schemaFile = isContent ? schemaOf[folder] : undefined;
    if (!schemaFile) return;

    const frontmatter = tree.children.find((node) => node.type === 'yaml');
    if (!frontmatter) {
      warn(file, 'No YAML front matter: this file cannot be checked', {line: 1, column: 1});
      return;
    }
    const fence = {line: frontmatter.position.start.line, column: frontmatter.position.start.column};

    // YAML errors first; on broken YAML the schema would only describe a misread document.
    const lineCounter = new LineCounter();
    const doc = parseDocument(frontmatter.value, {lineCounter});
    const point = (offset) => {
      const {line, col} = lineCounter.linePos(offset);
      return {line: line + frontmatter.position.start.line, column: col}; // the YAML starts after `---`
    };
    for (const error of [...doc.errors, ...doc.warnings]) {
      const [start, end] = error.pos;
      const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      warn(file, `YAML: ${reason}`, {start: point(start), end: point(end)});
    }
    if (doc.errors.length) return;

    let embed;
    try {
      embed = JSON.parse(readFileSync(path.join(root, schemaFile), 'utf8'));
    } catch (error) {
      warn(file, `Cannot read the schema ${schemaFile}: ${error.message}`, fence);
      return;
    }
    const rule = remarkLintFrontmatterSchema.call(processor, {embed, ajvOptions: {validateSchema: false}});
    const first = file.messages.length;
    await new Promise((resolve) => rule(tree, file, resolve));
    const own = file.messages.slice(first);

    const drop = (message) => {
      const index = file.messages.indexOf(message);
      if (index !== -1) file.messages.splice(index, 1);
    };
    const say = (message, reason, schemaPath) => {
      message.reason = `${reason} • ${schemaFile} • ${schemaPath}`;
      message.message = message.reason;
    };

    for (const message of own) {
      // VS Code reads `place`; messages about the whole document go on the opening `---`.
      if (!message.place) message.place = message.position ?? fence;
      if (message.schema) {
        say(message, message.reason.split(' • ')[0], message.schema.schemaPath);
        if (message.note) message.note = message.note.replace(/\nSchema path: .*$/, '');
      } else {
        message.reason = `${message.reason} (${schemaFile})`;
        message.message = message.reason;
      }
    }
    const errors = own.filter((message) => message.schema);

    // Name the unknown key and point at it.
    for (const message of errors) {
      const {keyword, params, instancePath, schemaPath} = message.schema;
      if (keyword !== 'additionalProperties') continue;
      const key = params.additionalProperty;
      const segments = instancePath
        .split('/')
        .slice(1)
        .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
      const map = segments.length ? doc.getIn(segments, true) : doc.contents;
      const pair = map?.items?.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
      if (pair?.key?.range) message.place = {start: point(pair.key.range[0]), end: point(pair.key.range[1])};
      message.actual = key;
      const inside = instancePath ? ` in \`${instancePath}\`` : '';
      say(message, `Unknown key \`${key}\`${inside}: the schema does not allow it`, schemaPath);
    }

    // Optional fields are `anyOf: [<the real schema>, {type: null}]`: when the value is wrong, keep only
    // what the real schema says, not "Must be null" and "Must match a schema in anyOf".
    for (const message of errors) {
      const {keyword, instancePath, schemaPath} = message.schema;
      if (keyword !== 'anyOf') continue;
      const branches = errors.filter((other) => other.schema.schemaPath.startsWith(`${schemaPath}/`));
      const isNull = (other) =>
        other.schema.keyword === 'type' &&
        other.schema.params.type === 'null' &&
        other.schema.instancePath === instancePath &&
        /^\/\d+\/type$/.test(other.schema.schemaPath.slice(schemaPath.length));
      if (!branches.some(isNull) || branches.every(isNull)) continue;
      for (const other of [message, ...branches.filter(isNull)]) drop(other);
    }

    // One message for a value outside a `oneOf` list of `const`, with the allowed values.
    for (const message of errors) {
      const {keyword, instancePath, schemaPath} = message.schema;
      if (keyword !== 'oneOf') continue;
      const branches = errors.filter(
        (other) =>
          other.schema.instancePath === instancePath && other.schema.schemaPath.startsWith(`${schemaPath}/`),
      );
      if (!branches.length || !branches.every((other) => other.schema.keyword === 'const')) continue;
      const index = (other) => Number(/\/(\d+)\/const$/.exec(other.schema.schemaPath)[1]);
      const allowed = branches
        .slice()
        .sort((a, b) => index(a) - index(b))
        .map((other) => other.schema.params.allowedValue);
      for (const other of branches) drop(other);
      const list = allowed.map((value) => `\`${value}\``).join(', ');
      say(message, `\`${message.actual ?? ''}\` is not an allowed value: ${list}`, schemaPath);
      message.expected = allowed; // VS Code offers each one as a quick fix
      message.note = `Keyword: oneOf\nAllowed values: ${allowed.join(', ')}`;
    }
  };
}

export default {
  plugins: [remarkFrontmatter, frontmatterSchema],
};
