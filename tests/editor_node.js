// Runs the web editor's own scripts (docs/admin/) in Node for tests/test_editor.py.
//   node tests/editor_node.js dump    < [{kind, values, body}]  -> [file text]
//   node tests/editor_node.js check   < [{kind, text, path}]    -> [[problem]]  (file read with js-yaml)
//   node tests/editor_node.js locales                          -> {en: [keys], id: [keys], placeholders: {...}}
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const ROOT = path.resolve(__dirname, '..');
const admin = (name) => path.join(ROOT, 'docs', 'admin', name);
const F = require(admin('portal-format.js'));
const P = require(admin('portal-periksa.js'));
const yaml = require('js-yaml');

function browserScript(file, name) {   // a script that sets window.<name>
  const context = { window: {} };
  vm.runInNewContext(fs.readFileSync(file, 'utf8'), context);
  return context.window[name];
}
const K = browserScript(admin('konfigurasi.js'), 'PORTAL_KONFIGURASI');
const input = () => JSON.parse(fs.readFileSync(0, 'utf8') || 'null');
const readYaml = (text) => yaml.load(text, { schema: yaml.CORE_SCHEMA });

function flat(object, prefix, out) {
  for (const key of Object.keys(object)) {
    const value = object[key], name = prefix ? prefix + '.' + key : key;
    if (value && typeof value === 'object') flat(value, name, out); else out[name] = value;
  }
  return out;
}

const commands = {
  dump: () => input().map((d) => F.dump(K.jenis[d.kind].model, d.values, d.body)),
  check: () => input().map((d) => {
    const model = K.jenis[d.kind].model, written = F.parse(d.text, readYaml);
    delete written.body;
    return P.check(model, F.fromEditor(model, F.toEditor(model, written)), d.situs || null, d.path, K.jenis[d.kind].label);
  }),
  locales: () => {
    const source = path.join(path.dirname(require.resolve('decap-cms-locales/package.json')), 'dist', 'esm', 'en', 'index.js');
    const context = { module: {} };
    vm.runInNewContext(fs.readFileSync(source, 'utf8').replace(/export default en;\s*$/, 'module.exports = en;'), context);
    const en = flat(context.module.exports, '', {}), id = flat(browserScript(admin('locale-id.js'), 'PORTAL_LOCALE_ID'), '', {});
    const placeholders = (s) => [...new Set(String(s).match(/%\{\w+\}/g) || [])].sort().join(',');
    const differing = Object.keys(en).filter((k) => k in id && placeholders(en[k]) !== placeholders(id[k]));
    return { en: Object.keys(en), id: Object.keys(id), placeholders_differ: differing,
             untranslated: Object.keys(en).filter((k) => k in id && en[k] === id[k] && /[a-z]{4}/.test(en[k])) };
  },
};
process.stdout.write(JSON.stringify(commands[process.argv[2]]()));
