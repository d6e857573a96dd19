// Portal Standar: the file format of the web editor. A standard's file is written exactly as
// hooks/standar/publish/document.py writes it (tests/test_editor.py runs both and compares the
// bytes): fields in the model's order, block style, the same quoting. The model of each kind
// comes from konfigurasi.js (`jenis.<kind>.model`). Runs in the browser and in Node.
(function (root) {
  'use strict';
  // document.py: _NOT_PLAIN, _ESCAPE, _PLAIN, _RESERVED. The 'u' flag makes \p{Nd} Python's \d
  // and keeps an astral character one character.
  var NOT_PLAIN = '\\x00-\\x1f\\x7f-\\x9f\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f' +
    '\\u3000\\ufeff\\ufffe\\uffff\\ud800-\\udfff';
  var ESCAPE = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udfff]/gu;
  var PLAIN = new RegExp('^[^' + NOT_PLAIN + " \\-?:,\\[\\]{}#&*!|>'\"%@`][^#" + NOT_PLAIN + ']*$', 'u');
  var RESERVED = /^(?:[-+.\p{Nd}:_eE]+|(?:y|n|yes|no|on|off|true|false|null|~))$/iu;

  function hex4(c) { return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); }

  function quote(text) {
    return JSON.stringify(text).replace(ESCAPE, hex4);   // json.dumps(text, ensure_ascii=False)
  }

  function scalar(text, quoted) {
    if (!quoted && PLAIN.test(text) && !/[ :]$/.test(text) && text.indexOf(': ') < 0 &&
        !RESERVED.test(text)) return text;
    return quote(text);
  }

  function isObject(v) { return v !== null && typeof v === 'object' && !Array.isArray(v); }
  function empty(v) {
    return v === undefined || v === null || v === '' || (typeof v === 'number' && isNaN(v)) ||
      (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0);
  }

  function value(node, v) {
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (typeof v === 'number') return String(v);
    if (node.jenis === 'tanggal') return String(v);
    return scalar(String(v), !!node.kutip);
  }

  function record(nodes, values, indent) {
    var lines = [];
    nodes.forEach(function (node) {
      var v = values ? values[node.kunci] : undefined;
      if (!empty(v)) lines = lines.concat(field(node, node.kunci, v, indent));
    });
    return lines;
  }

  function field(node, name, v, indent) {
    if (node.jenis === 'isian') {
      var inner = record(node.kolom, v, indent + '  ');
      return inner.length ? [indent + name + ':'].concat(inner) : [];
    }
    if (node.jenis === 'daftar') return items(node, name, Array.isArray(v) ? v : [v], indent);
    return [indent + name + ': ' + value(node, v)];
  }

  function items(node, name, values, indent) {
    var item = node.butir, lines = [];
    values.forEach(function (v) {
      if (item.jenis === 'isian' && isObject(v)) {
        var inner = record(item.kolom, v, indent + '    ');
        if (inner.length) lines = lines.concat([indent + '  - ' + inner[0].slice(indent.length + 4)], inner.slice(1));
      } else if (!empty(v)) {
        lines.push(indent + '  - ' + value(item.atau_teks || item, v));
      }
    });
    return lines.length ? [indent + name + ':'].concat(lines) : [];
  }

  // The whole file: document.dump.
  function dump(model, values, body) {
    var text = '---\n' + record(model, values, '').join('\n') + '\n---\n';
    body = String(body || '').replace(/^\n+|\n+$/g, '');
    return text + (body ? '\n' + body + '\n' : '');
  }

  // standar.tools.baru.slug_for: the file name from a title.
  function slugFor(text) {
    var s = String(text || '').normalize('NFKD').replace(/[^\x00-\x7f]/g, '').toLowerCase()
      .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    if (s.length > 80) { s = s.slice(0, 80); var i = s.lastIndexOf('-'); if (i >= 0) s = s.slice(0, i); }
    return s;
  }

  // A file's front-matter and body (read with js-yaml's core schema: dates stay text).
  function parse(content, yamlLoad) {
    var m = /^\ufeff?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(content);
    if (!m) return { body: content };
    var data = yamlLoad(m[1]) || {};
    if (!isObject(data)) data = {};
    data.body = m[2].replace(/^(\r?\n)+/, '');
    return data;
  }

  // The form's shape of a file's values: a list written as one item (`kelengkapan: Formulir`)
  // becomes a list, and text-or-record list items (a free-text or a linked `keterkaitan`) become
  // records whose `teks` is the text; fromEditor gives the file's shape back.
  function toEditor(model, data) {
    model.forEach(function (node) {
      var v = data[node.kunci];
      if (empty(v)) return;
      if (node.jenis === 'isian' && isObject(v)) toEditor(node.kolom, v);
      if (node.jenis !== 'daftar') return;
      if (!Array.isArray(v)) v = data[node.kunci] = [v];
      if (node.butir.atau_teks) data[node.kunci] = v.map(function (el) { return isObject(el) ? el : { teks: el }; });
      if (node.butir.jenis === 'isian') data[node.kunci].forEach(function (el) { if (isObject(el)) toEditor(node.butir.kolom, el); });
    });
    return data;
  }
  function fromEditor(model, data) {
    var out = Object.assign({}, data);
    model.forEach(function (node) {
      if (node.jenis === 'daftar' && node.butir.atau_teks && Array.isArray(out[node.kunci]))
        out[node.kunci] = out[node.kunci].map(function (el) {
          if (!isObject(el)) return el;
          var rest = Object.assign({}, el); delete rest.teks;
          var filled = Object.keys(rest).some(function (k) { return !empty(rest[k]); });
          return !filled && !empty(el.teks) ? el.teks : rest;
        });
    });
    return out;
  }

  // The names a list item can be referred to by: a text item itself; a record (a pelaksana
  // with the abbreviation of its column header) by its text, or by its name and abbreviation.
  function names(item) {
    if (!isObject(item)) return empty(item) ? [] : [String(item).trim()];
    if (!empty(item.teks)) return [String(item.teks).trim()];
    return ['nama', 'singkatan'].filter(function (k) { return !empty(item[k]); })
      .map(function (k) { return String(item[k]).trim(); });
  }

  var api = { scalar: scalar, quote: quote, dump: dump, slugFor: slugFor, parse: parse,
              toEditor: toEditor, fromEditor: fromEditor, empty: empty, isObject: isObject, names: names };
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  else root.PortalFormat = api;
})(this);
