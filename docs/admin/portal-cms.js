// Portal Standar: the web editor. Registers with Decap CMS the Indonesian locale, one file
// format per document kind (portal-format.js), the widgets that choose from the registry and
// from the document's own lists, the checks of portal-periksa.js (shown in the preview and run
// before every save), the preview of a standard, and starts Decap with the configuration made
// from the content model (konfigurasi.js) and the site's settings (situs.js).
(function () {
  'use strict';
  var CMS = window.CMS, h = window.h, createClass = window.createClass;
  var K = window.PORTAL_KONFIGURASI, S = window.PORTAL_SITUS, F = window.PortalFormat, P = window.PortalPeriksa;
  var jsyaml = window.jsyaml;

  function toJS(v) { return v && v.toJS ? v.toJS() : v; }
  function modelOf(kind) { return K.jenis[kind].model; }
  function readYaml(text) { return jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }); }

  CMS.registerLocale('id', window.PORTAL_LOCALE_ID);

  // -- the kind of a listed file --------------------------------------------------------------
  // Every kind lives in standards/<opd>/<kind>/, so Decap lists every kind's files in every
  // collection (it lists by depth) and its collection filter reads only a file's data. The
  // listings are wrapped to note each file's kind from its folder; the format puts it in the
  // data field the collection filters on.
  var kindOfText = new Map();
  function kindFromPath(path) { var m = /^standards\/[^/]+\/([^/]+)\/[^/]+\.md$/.exec(path || ''); return m && m[1]; }
  function noteKinds(entries) {
    (entries || []).forEach(function (e) {
      if (e && e.file && typeof e.data === 'string') kindOfText.set(e.data, kindFromPath(e.file.path));
    });
    return entries;
  }
  ['proxy', 'github', 'gitlab', 'test-repo'].forEach(function (name) {
    var registered = CMS.getBackend(name);
    if (!registered) return;
    var init = registered.init;
    registered.init = function () {
      var backend = init.apply(this, arguments);
      ['entriesByFolder', 'allEntriesByFolder'].forEach(function (method) {
        var list = backend[method];
        if (typeof list === 'function') backend[method] = function () {
          return Promise.resolve(list.apply(backend, arguments)).then(noteKinds);
        };
      });
      return backend;
    };
  });

  // -- formats: the project's serializer, so a saved file is what `standar baru` would write -----
  Object.keys(K.jenis).forEach(function (kind) {
    CMS.registerCustomFormat('portal-' + kind, 'md', {
      fromFile: function (content) {
        var data = F.toEditor(modelOf(kind), F.parse(content, readYaml));
        data._jenis = kindOfText.get(content) || kind;
        return data;
      },
      toFile: function (data) {
        var doc = F.fromEditor(modelOf(kind), toJS(data));
        return F.dump(modelOf(kind), doc, doc.body);
      },
    });
  });

  function liveEntry(props) { return props.getEntry ? props.getEntry() : props.entry; }
  function opdFromPath(path) { var m = /^standards\/([^/]+)\//.exec(path || ''); return m && m[1]; }
  function select(props, options, placeholder, extra) {
    var opts = [h('option', { key: '', value: '' }, placeholder)];
    if (props.value && !options.some(function (o) { return String(o.value) === String(props.value); }))
      opts.push(h('option', { key: '?', value: props.value }, props.value + ' (tidak ada di daftar)'));
    options.forEach(function (o) { opts.push(h('option', { key: String(o.value), value: o.value }, o.label)); });
    return h('select', Object.assign({
      id: props.forID, className: props.classNameWrapper, value: props.value === undefined || props.value === null ? '' : props.value,
      onChange: function (e) { props.onChange(e.target.value); },
      onFocus: props.setActiveStyle, onBlur: props.setInactiveStyle,
    }, extra || {}), opts);
  }

  // -- widget: the OPD of a new standard (its folder); fixed once the file exists -------------------
  CMS.registerWidget('portal-opd', createClass({
    isNew: function () { var e = liveEntry(this.props); return !e || !e.get('path'); },
    isValid: function () {
      if (this.isNew() && !this.props.value) return { error: { type: 'CUSTOM', message: 'Pilih OPD pemilik standar ini.' } };
      return true;
    },
    render: function () {
      var p = this.props;
      if (!this.isNew()) {
        var kode = opdFromPath(liveEntry(p).get('path'));
        var found = S.opd.filter(function (o) { return o.value === kode; })[0];
        return h('div', { className: p.classNameWrapper, id: p.forID }, (found ? found.label : kode) +
          ' (tetap: untuk memindahkan standar ke OPD lain, hubungi pengelola portal)');
      }
      return select(p, S.opd, '(pilih OPD)');
    },
  }), function (props) { return h('span', {}, props.value); });

  // -- widgets: a value chosen from a list of the same document ------------------------------------
  // portal-pilih-butir: one of the list's items (a step's pelaksana from `pelaksana`);
  // portal-nomor-butir: the number of one of them (a decision's Ya/Tidak step).
  function listOf(props) {
    var e = liveEntry(props), data = e ? toJS(e.get('data')) : null;
    return (data ? P.stepsOf(data, props.field.get('rujuk')) : []).filter(function (x) { return !F.empty(x); });
  }
  function namesOf(props) {  // what a step may name: each item's name (and abbreviation)
    return [].concat.apply([], listOf(props).map(F.names));
  }
  var Refresh = {   // the options follow the list as it is when the author opens the choice
    getInitialState: function () { return { tick: 0 }; },
    refresh: function () { this.setState({ tick: this.state.tick + 1 }); },
  };
  CMS.registerWidget('portal-pilih-butir', createClass(Object.assign({}, Refresh, {
    isValid: function () {
      var v = this.props.value, list = namesOf(this.props);
      if (v && list.length && list.indexOf(String(v)) < 0)
        return { error: { type: 'CUSTOM', message: "'" + v + "' tidak ada di daftar " + this.props.field.get('rujuk') + '.' } };
      return true;
    },
    render: function () {
      var list = namesOf(this.props).map(function (x) { return { value: x, label: x }; });
      return select(this.props, list, list.length ? '(pilih)' : '(isi daftar ' + this.props.field.get('rujuk') + ' dulu)',
                    { onMouseDown: this.refresh, onKeyDown: this.refresh });
    },
  })), function (props) { return h('span', {}, props.value); });
  CMS.registerWidget('portal-nomor-butir', createClass(Object.assign({}, Refresh, {
    render: function () {
      var p = this, items = listOf(this.props).map(function (item, i) {
        var first = F.isObject(item) ? item[Object.keys(item)[0]] : item;
        return { value: i + 1, label: (i + 1) + '. ' + (first || '') };
      });
      return select(Object.assign({}, this.props, {
        onChange: function (v) { p.props.onChange(v === '' ? '' : parseInt(v, 10)); },
      }), items, '(pilih nomor langkah)', { onMouseDown: this.refresh, onKeyDown: this.refresh });
    },
  })), function (props) { return h('span', {}, props.value); });

  // -- checks before saving and in the preview --------------------------------------------------
  // The checks read the file as it will be written (empty items left out, numbers and dates as
  // the file holds them), read back as the portal reads it.
  function problemsOf(kind, entryMap) {
    var model = modelOf(kind), data = F.fromEditor(model, toJS(entryMap.get('data')) || {});
    var written = F.parse(F.dump(model, data, ''), readYaml);
    delete written.body;
    return P.check(model, written, S, entryMap.get('path'), K.jenis[kind].label);
  }
  function nameOf(kind, data) {
    var names = K.jenis[kind].nama_berkas, i, field;
    for (i = 0; i < names.length; i++) {
      var v = data.get(names[i]);
      if (F.empty(v)) continue;
      field = (K.decap.collections.filter(function (c) { return c.name === kind; })[0].fields)
        .filter(function (f) { return f.name === names[i]; })[0];
      var option = field && field.options && field.options.filter(function (o) { return o.value === v; })[0];
      return option ? option.label.replace(/ \([^()]*\)$/, '') : v;
    }
    return '';
  }
  CMS.registerEventListener({
    name: 'preSave',
    handler: function (event) {
      var entry = event.entry, kind = entry.get('collection');
      var errors = problemsOf(kind, entry).filter(function (m) { return m.tingkat === P.GALAT; });
      if (errors.length)   // blocks the save; Decap shows the message
        throw new Error('Belum dapat disimpan, perbaiki dulu: ' + errors.map(function (m) { return m.pesan; }).join('; '));
      var data = entry.get('data');
      if (!entry.get('path')) {
        var slug = F.slugFor(nameOf(kind, data));
        if (!slug) throw new Error('Judul tidak menghasilkan nama berkas; gunakan huruf atau angka.');
        data = data.set('_slug', slug);
      }
      return data;
    },
  });

  // -- preview: the standard as readers will see it, with the checks' messages first -------------
  function list(items) {
    items = (items || []).filter(function (x) { return !F.empty(x); });
    return items.length ? h('ol', {}, items.map(function (x, i) {
      return h('li', { key: i }, F.isObject(x) ? (x.teks || [x.nomor, x.hubungan].filter(Boolean).join(' \u2013 ')) : String(x));
    })) : h('p', {}, '-');
  }
  function tanggal(text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
    var bulan = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
    return m && +m[2] >= 1 && +m[2] <= 12 ? (+m[3]) + ' ' + bulan[+m[2] - 1] + ' ' + m[1] : (text || '-');
  }
  function problemsBox(problems) {
    if (!problems.length) return h('div', { className: 'portal-periksa-baik', role: 'status' },
      'Pemeriksaan di editor: tidak ada masalah. Pemeriksaan lengkap (nomor dan tautan di seluruh portal) berjalan di pull request.');
    var errors = problems.filter(function (m) { return m.tingkat === P.GALAT; }).length;
    return h('div', { className: errors ? 'portal-periksa galat' : 'portal-periksa', role: 'alert' },
      h('strong', {}, errors ? errors + ' galat: perbaiki sebelum disimpan' : 'Peringatan'),
      h('ul', {}, problems.map(function (m, i) { return h('li', { key: i }, m.tingkat + ': ' + m.pesan); })));
  }
  // The SOP AP identity table (publish/templates/sop_identitas.html), for a kind with its fields.
  var IDENTITY = ['nomor', 'tanggal_pembuatan', 'tanggal_efektif', 'disahkan_oleh', 'dasar_hukum',
    'kualifikasi_pelaksana', 'peralatan_perlengkapan', 'peringatan', 'pencatatan_pendataan'];
  function identity(d, opd) {
    var sah = d.disahkan_oleh || {};
    function row(label, value) { return h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, value)); }
    return h('table', { className: 'sop-identitas' }, h('tbody', {},
      h('tr', {}, h('td', { rowSpan: 6, className: 'sop-kop' },
        h('p', { className: 'sop-kop-pemda' }, ('Pemerintah ' + (S.pemda || '')).toUpperCase()),
        h('p', { className: 'sop-kop-opd' }, (opd || '').toUpperCase()),
        d.unit_kerja ? h('p', { className: 'sop-kop-unit' }, String(d.unit_kerja).toUpperCase()) : null),
        h('th', { scope: 'row' }, 'Nomor SOP'), h('td', { className: 'standar-nomor' }, d.nomor || '-')),
      row('Tanggal Pembuatan', tanggal(d.tanggal_pembuatan)), row('Tanggal Revisi', tanggal(d.tanggal_revisi)),
      row('Tanggal Efektif', tanggal(d.tanggal_efektif)),
      row('Disahkan oleh', h('div', { className: 'sop-pengesah' }, h('p', {}, sah.jabatan || '-'),
        h('p', { className: 'sop-pengesah-nama' }, sah.nama || '-'), h('p', {}, 'NIP ' + (sah.nip || '-')))),
      row('Nama SOP', h('span', { className: 'sop-nama' }, String(d.judul || '-').toUpperCase())),
      h('tr', {}, h('th', {}, 'Dasar Hukum'), h('th', { colSpan: 2 }, 'Kualifikasi Pelaksana')),
      h('tr', {}, h('td', {}, list(d.dasar_hukum)), h('td', { colSpan: 2 }, list(d.kualifikasi_pelaksana))),
      h('tr', {}, h('th', {}, 'Keterkaitan'), h('th', { colSpan: 2 }, 'Peralatan/Perlengkapan')),
      h('tr', {}, h('td', {}, list(d.keterkaitan)), h('td', { colSpan: 2 }, list(d.peralatan_perlengkapan))),
      h('tr', {}, h('th', {}, 'Peringatan'), h('th', { colSpan: 2 }, 'Pencatatan dan Pendataan')),
      h('tr', {}, h('td', {}, list(d.peringatan)), h('td', { colSpan: 2 }, list(d.pencatatan_pendataan)))));
  }
  // A list of steps with an actor each (its field refers to another list): the flowchart table,
  // one column per actor, the symbol in the actor's column (capsule, rectangle, diamond).
  function steps(node, d) {
    var actorField = node.butir.kolom.filter(function (c) { return c.rujuk && c.jenis === 'teks'; })[0];
    var rows = d[node.kunci] || [], actors = (actorField ? (d[actorField.rujuk] || []) : []).map(F.names);
    var mutu = ['kelengkapan', 'waktu', 'output'].filter(function (k) { return node.butir.kolom.some(function (c) { return c.kunci === k; }); });
    return h('table', { className: 'portal-langkah' },
      h('thead', {}, h('tr', {}, [h('th', { key: 'no' }, 'No'), h('th', { key: 'k' }, 'Kegiatan')]
        .concat(actors.map(function (a, i) { return h('th', { key: 'a' + i }, a[a.length - 1] || ''); }))  // the column header: the abbreviation when there is one
        .concat(mutu.map(function (m) { return h('th', { key: m }, m.charAt(0).toUpperCase() + m.slice(1)); }))
        .concat([h('th', { key: 'ket' }, 'Keterangan')]))),
      h('tbody', {}, rows.map(function (s, i) {
        s = s || {};
        var k = F.isObject(s.keputusan) && !F.empty(s.keputusan) ? s.keputusan : null;
        var symbol = i === 0 || i === rows.length - 1 ? 'kapsul' : k ? 'ketupat' : 'persegi';
        var note = k ? (k.label_ya || 'Ya') + ' \u2192 ' + (k.ya || '?') + ', ' + (k.label_tidak || 'Tidak') + ' \u2192 ' + (k.tidak || '?')
          : (!F.empty(s.ke) ? 'ke langkah ' + s.ke : '');
        return h('tr', { key: i }, [h('td', { key: 'no' }, i + 1), h('td', { key: 'k' }, s.kegiatan || '')]
          .concat(actors.map(function (a, j) {
            var mine = actorField && a.indexOf(String(s[actorField.kunci] || '').trim()) >= 0;
            return h('td', { key: 'a' + j, className: 'portal-pelaksana' }, mine ? h('span', { className: 'portal-simbol ' + symbol, title: symbol }) : null);
          }))
          .concat(mutu.map(function (m) {
            var v = s[m]; return h('td', { key: m }, Array.isArray(v) ? v.join(', ') : (v || ''));
          }))
          .concat([h('td', { key: 'ket' }, [note, s.keterangan].filter(Boolean).join('; '))]));
      })));
  }
  function generic(model, d) {
    return h('table', { className: 'portal-kolom' }, h('tbody', {}, model.filter(function (n) {
      return !F.empty(d[n.kunci]) && !(n.jenis === 'daftar' && n.butir.jenis === 'isian');
    }).map(function (n) {
      var v = d[n.kunci];
      var shown = Array.isArray(v) ? list(v) : F.isObject(v) ? Object.keys(v).map(function (k) { return v[k]; }).filter(Boolean).join(', ')
        : n.jenis === 'tanggal' ? tanggal(v) : String(v);
      return h('tr', { key: n.kunci }, h('th', { scope: 'row' }, n.label), h('td', {}, shown));
    })));
  }
  var Preview = createClass({
    render: function () {
      var kind = this.props.collection.get('name'), model = modelOf(kind);
      var d = F.fromEditor(model, toJS(this.props.entry.get('data')) || {});
      var opdKode = d.opd || opdFromPath(this.props.entry.get('path'));
      var opd = (S.opd.filter(function (o) { return o.value === opdKode; })[0] || {}).label;
      var keys = model.map(function (n) { return n.kunci; });
      var sheet = IDENTITY.every(function (k) { return keys.indexOf(k) >= 0; });
      var lists = model.filter(function (n) {
        return n.jenis === 'daftar' && n.butir.jenis === 'isian' && n.butir.kolom.some(function (c) { return c.rujuk && c.jenis === 'teks'; });
      });
      return h('article', { className: 'md-typeset portal-pratinjau' },
        problemsBox(problemsOf(kind, this.props.entry)),
        h('p', { className: 'portal-jenis' }, K.jenis[kind].nama + (opd ? ' \u2013 ' + opd.replace(/ \([^()]*\)$/, '') : '')),
        h('h1', {}, nameOf(kind, this.props.entry.get('data')) || '(judul)'),
        sheet ? [h('h2', { key: 'i' }, 'Identitas ' + K.jenis[kind].label), h('div', { key: 't', className: 'sop-identitas-kotak' }, identity(d, opd && opd.replace(/ \([^()]*\)$/, '')))]
          : generic(model, d),
        lists.map(function (n) { return [h('h2', { key: n.kunci + 'h' }, 'Prosedur'), h('div', { key: n.kunci }, steps(n, d))]; }),
        this.props.widgetFor('body'));
    },
  });
  Object.keys(K.jenis).forEach(function (kind) { CMS.registerPreviewTemplate(kind, Preview); });
  ['../stylesheets/portal.css', '../stylesheets/sop-lembar.css', 'pratinjau.css'].forEach(function (css) {
    CMS.registerPreviewStyle(css);
  });

  // -- start ---------------------------------------------------------------------------------
  var config = JSON.parse(JSON.stringify(K.decap));
  config.collections.forEach(function (c) {
    (function fix(fields) {
      fields.forEach(function (f) {
        if (f.widget === 'portal-opd') f.options = S.opd;
        if (f.pattern) f.pattern = [new RegExp(f.pattern[0], 'u'), f.pattern[1]];   // Unicode, as the check
        if (f.fields) fix(f.fields);
        if (f.field) fix([f.field]);
      });
    })(c.fields);
  });
  config.backend = S.backend || { name: 'proxy', proxy_url: S.lokal };
  var port = parseInt(new URLSearchParams(location.search).get('lokal'), 10);   // decap-server elsewhere than 8081
  config.local_backend = { url: port ? 'http://127.0.0.1:' + port + '/api/v1' : S.lokal };
  config.site_url = new URL('..', location.href).href;
  if (S.logo) config.logo_url = new URL('../' + S.logo, location.href).href;   // the pemda's, not Decap's
  config.display_url = config.site_url;
  CMS.init({ config: config });
})();
