// Portal Standar: the checks the web editor runs in the browser, before the author submits.
// A port of `standar check` for one file, driven by the model in konfigurasi.js: the type of
// every field (required, text rules, patterns, limits, dates, NIP, choices, list items, the
// references to the document's own lists) and the rules across fields that the model's field
// names carry (the flow of the steps, the order of the dates, the figures of a year, a tariff
// and its legal basis), plus a number already used by another published standard. Rules that
// need the whole repository run only in the pull request's check (README: web editor).
// Messages are standar check's, in the same words where ported. Runs in the browser and in Node.
(function (root) {
  'use strict';
  var GALAT = 'galat', PERINGATAN = 'peringatan';
  var Format = typeof require === 'function' ? require('./portal-format.js') : root.PortalFormat;
  var PLACEHOLDER = /<\s*isi\b[^<>\n]*>/i;
  var CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]/;
  var BIDI = /[\u202a-\u202e\u2066-\u2069]/;
  var INVISIBLE = /[\s\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2060-\u2064\u3164\ufeff\uffa0]/g;
  var MARKUP = /<\s*(?:[a-zA-Z][a-zA-Z0-9-]*|\/\s*[a-zA-Z]|!|\?)|<[a-zA-Z][a-zA-Z0-9+.-]*:/;
  var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

  var isObject = Format.isObject, empty = Format.empty;
  // schema.label and schema.dotted
  function label(path) {
    var parts = [];
    path.forEach(function (p) {
      if (typeof p === 'number') {
        if (parts.length) parts[parts.length - 1] += ' ke-' + (p + 1); else parts.push('butir ke-' + (p + 1));
      } else parts.push(p);
    });
    return parts.join(' \u203a ');
  }
  function dotted(path) { return path.map(function (p) { return typeof p === 'number' ? p + 1 : p; }).join('.'); }

  function Report() { this.masalah = []; }
  Report.prototype.add = function (tingkat, path, pesan) {
    this.masalah.push({ tingkat: tingkat, kolom: path.length ? dotted(path) : null,
                        pesan: (path.length ? "kolom '" + label(path) + "': " : '') + pesan });
  };
  Report.prototype.error = function (path, pesan) { this.add(GALAT, path, pesan); };
  Report.prototype.warning = function (path, pesan) { this.add(PERINGATAN, path, pesan); };

  function length(text) { return Array.from(text).length; }
  function codeOf(ch) { return 'U+' + ('000' + ch.codePointAt(0).toString(16).toUpperCase()).slice(-4); }

  // model.text.problems
  function textProblems(text) {
    var found = [], m;
    if ((m = CONTROL.exec(text))) found.push('berisi karakter kendali (' + codeOf(m[0]) + ') yang tidak dapat ditampilkan; hapus karakter itu');
    if ((m = BIDI.exec(text))) found.push('berisi karakter pembalik arah teks (' + codeOf(m[0]) + ') yang menyamarkan isinya; hapus karakter itu');
    if (text && !text.replace(INVISIBLE, '')) found.push('hanya berisi karakter yang tidak terlihat; tulis teksnya');
    if ((m = MARKUP.exec(text))) found.push("berisi kode ('" + m[0].trim() + "...'); isian ini berupa teks biasa, bukan HTML: hapus kodenya");
    return found;
  }

  // schema.nip_problem
  function nipProblem(d) {
    var y = +d.slice(0, 4), mo = +d.slice(4, 6), da = +d.slice(6, 8);
    var birth = new Date(Date.UTC(y, mo - 1, da));
    if (mo < 1 || mo > 12 || birth.getUTCDate() !== da || y < 1)
      return '8 digit pertama (' + d.slice(0, 8) + ') bukan tanggal lahir yang ada (TTTTBBHH)';
    var year = +d.slice(8, 12), month = +d.slice(12, 14), now = new Date().getFullYear();
    if (month < 1 || month > 12) return 'digit ke-9 s.d. 14 (' + d.slice(8, 14) + ') bukan bulan pengangkatan yang ada (TTTTBB)';
    if (y < 1930 || y > now - 17) return 'tahun lahir ' + y + ' tidak masuk akal';
    if (year < y + 17 || year > now + 1) return 'tahun pengangkatan ' + year + ' tidak masuk akal untuk tahun lahir ' + y;
    if ('12'.indexOf(d[14]) < 0) return 'digit ke-15 (jenis kelamin) harus 1 atau 2, bukan ' + d[14];
    return null;
  }

  function Checker(doc, report) { this.doc = doc; this.r = report; }

  // Record.convert_partial: required, placeholders, then each field's type.
  Checker.prototype.record = function (nodes, values, path) {
    var self = this;
    nodes.forEach(function (node) {
      var p = path.concat([node.kunci]), v = values ? values[node.kunci] : undefined;
      if (empty(v)) { if (node.wajib) self.r.error(p, 'wajib diisi'); return; }
      if (typeof v === 'string' && PLACEHOLDER.test(v) && PLACEHOLDER.exec(v)[0] === v.trim()) {
        self.r.error(p, "isian contoh belum diganti: ganti '" + v.trim() + "' dengan isian yang sebenarnya" +
          (node.wajib ? '' : '; kolom ini tidak wajib: hapus barisnya bila tidak diperlukan'));
        return;
      }
      self.value(node, v, p);
    });
  };

  Checker.prototype.value = function (node, v, p) {
    if (node.jenis === 'isian') return isObject(v) ? this.record(node.kolom, v, p)
      : this.r.error(p, 'harus berupa isian bertingkat (kolom: nilai)');
    if (node.jenis === 'daftar') return this.list(node, Array.isArray(v) ? v : [v], p);
    if (node.jenis === 'tanggal') return this.date(node, v, p);
    if (node.jenis === 'bilangan') return this.integer(node, v, p);
    return this.text(node, v, p);
  };

  Checker.prototype.list = function (node, items, p) {
    var self = this, seen = {};
    if (items.length < node.min) return this.r.error(p, 'paling sedikit ' + node.min + ' butir');
    if (items.length > node.maks) return this.r.error(p, 'terlalu banyak butir (' + items.length + ', paling banyak ' + node.maks + ')');
    items.forEach(function (item, i) {
      var ip = p.concat([i]);
      if (empty(item)) return self.r.error(ip, "butir kosong; hapus baris '- ' yang tidak berisi");
      if (node.butir.atau_teks && !isObject(item)) self.text(node.butir.atau_teks, item, ip);
      else self.value(Object.assign({}, node.butir, { rujuk: node.rujuk, pilihan: node.pilihan }), item, ip);
      if (node.unik && !isObject(item)) {
        var key = String(item).trim();
        if (key in seen) self.r.error(ip, "'" + key + "' ditulis dua kali (juga butir ke-" + (seen[key] + 1) + ')');
        else seen[key] = i;
      }
    });
  };

  Checker.prototype.text = function (node, value, p) {
    var text = String(value).trim();
    if (!text) return this.r.error(p, 'tidak boleh kosong');
    if (node.nilai) {
      if (node.nilai.indexOf(text) < 0) this.r.error(p, "'" + text + "' tidak dikenal; pilih salah satu dari " + node.nilai.join(', '));
      return;
    }
    if (node.nip) {
      var digits = text.replace(/ /g, '');
      if (!/^\p{Nd}{18}$/u.test(digits)) {
        var found = (digits.match(/\p{Nd}/gu) || []).length;
        return this.r.error(p, 'NIP harus 18 digit angka (spasi boleh), ditemukan ' + found + " digit dalam '" + text + "'");
      }
      var problem = /^[0-9]+$/.test(digits) ? nipProblem(digits) : null;
      if (problem) this.r.error(p, "NIP '" + text + "' tidak masuk akal: " + problem);
      return;
    }
    if (node.panjang_maks && length(text) > node.panjang_maks)
      return this.r.error(p, 'terlalu panjang (' + length(text) + ' karakter, paling banyak ' + node.panjang_maks + ')');
    if (node.pola && !new RegExp(node.pola, 'u').test(text))
      return this.r.error(p, "'" + text + "' tidak sesuai format: " + node.pola_petunjuk);
    var inside = PLACEHOLDER.exec(text);
    if (inside) return this.r.error(p, "isian contoh belum diganti: ganti '" + inside[0].trim() + "' dengan isian yang sebenarnya");
    var self = this;
    textProblems(text).forEach(function (m) { self.r.error(p, m); });
    if (node.pilihan && node.pilihan.indexOf(text) < 0) this.r.error(p, "'" + text + "' tidak ada di daftar pilihannya");
    if (node.rujuk && Array.isArray(this.doc[node.rujuk]) && this.doc[node.rujuk].length) {
      var list = this.doc[node.rujuk].map(function (x) { return String(x).trim(); });
      if (list.indexOf(text) < 0)
        this.r.error(p, "'" + text + "' tidak ada di daftar " + node.rujuk + "; tambahkan ke '" + node.rujuk + "' atau perbaiki namanya");
    }
  };

  Checker.prototype.date = function (node, value, p) {
    var text = String(value).trim(), m = ISO_DATE.exec(text);
    if (!m) return this.r.error(p, "tanggal '" + text + "' tidak dikenali; gunakan format TTTT-BB-HH (YYYY-MM-DD), misalnya 2025-01-15");
    var d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    if (d.getUTCFullYear() !== +m[1] || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3])
      return this.r.error(p, 'tanggal ' + text + ' tidak ada di kalender; periksa bulan dan harinya');
    if (text < node.min || text > node.maks)
      this.r.error(p, 'tanggal ' + text + ' di luar rentang ' + node.min.slice(0, 4) + ' s.d. ' + node.maks.slice(0, 4) +
        '; bila tidak ada tanggal akhir, kosongkan kolom ini');
  };

  Checker.prototype.integer = function (node, value, p) {
    var n = Number(value);
    if (typeof value === 'boolean' || !Number.isInteger(n)) return this.r.error(p, "'" + value + "' bukan bilangan bulat");
    if (node.min !== undefined && n < node.min) return this.r.error(p, n + ' terlalu kecil; paling kecil ' + node.min);
    if (n > node.maks) return this.r.error(p, n + ' terlalu besar; paling besar ' + node.maks);
    if (node.rujuk) {
      var count = stepsOf(this.doc, node.rujuk).length;
      if (n < 1 || n > count) this.r.error(p, 'langkah tujuan ' + n + ' tidak ada; nomor langkah 1 sampai ' + count);
    }
  };

  // The list a number refers to: `langkah`, or the steps of every `tahap` in order (an SPO in
  // phases numbers its steps across them), and where step `index` of it is in the file.
  function stepsOf(doc, key) {
    if (Array.isArray(doc[key])) return doc[key];
    if (key !== 'langkah' || !Array.isArray(doc.tahap)) return [];
    return [].concat.apply([], doc.tahap.map(function (t) { return isObject(t) && Array.isArray(t.langkah) ? t.langkah : []; }));
  }
  function stepPath(doc, key, index) {
    if (Array.isArray(doc[key]) || !Array.isArray(doc.tahap)) return [key, index];
    for (var n = 0; n < doc.tahap.length; n++) {
      var own = isObject(doc.tahap[n]) && Array.isArray(doc.tahap[n].langkah) ? doc.tahap[n].langkah.length : 0;
      if (index < own) return ['tahap', n, key, index];
      index -= own;
    }
    return [key, index];
  }

  // -- rules across fields, where the model has the fields they read ---------------------------
  // flow.problems: decisions and jumps of the steps (the list other fields refer to by number).
  function flow(doc, r, key) {
    var steps = stepsOf(doc, key), count = steps.length, ok = true, i;
    function at(index) { return stepPath(doc, key, index); }
    for (i = 0; i < count; i++) {
      var s = steps[i] || {}, number = i + 1, decision = isObject(s.keputusan) && !empty(s.keputusan) ? s.keputusan : null,
        jump = empty(s.ke) ? null : Number(s.ke);
      if ((number === 1 || number === count) && decision) {
        r.error(at(i).concat(['keputusan']), 'langkah ' + (number === 1 ? 'pertama' : 'terakhir') + ' adalah awal/akhir prosedur (terminator) dan tidak boleh berupa keputusan; tambahkan langkah sebelum/sesudahnya');
        ok = false;
      }
      if (number === count && jump) { r.error(at(i).concat(['ke']), "langkah terakhir mengakhiri prosedur; hapus 'ke'"); ok = false; }
      if (decision && jump) { r.error(at(i).concat(['ke']), "langkah keputusan sudah punya cabang ya/tidak; hapus 'ke'"); ok = false; }
      var targets = jump ? [[at(i).concat(['ke']), jump]] : [];
      if (decision) ['ya', 'tidak'].forEach(function (b) { if (!empty(decision[b])) targets.push([at(i).concat(['keputusan', b]), Number(decision[b])]); });
      targets.forEach(function (t) {
        if (t[1] < 1 || t[1] > count) ok = false;   // reported with the field
        else if (t[1] === number) { r.error(t[0], 'langkah ' + number + ' tidak boleh menuju dirinya sendiri'); ok = false; }
      });
      if (decision && !empty(decision.ya) && Number(decision.ya) === Number(decision.tidak)) {
        r.error(at(i).concat(['keputusan']), 'cabang ya dan tidak menuju langkah yang sama; sebuah keputusan perlu dua tujuan berbeda');
        ok = false;
      }
      if (decision && (empty(decision.ya) || empty(decision.tidak))) ok = false;
    }
    if (!ok || count < 2) return;
    var forward = {}, backward = {};
    function edge(a, b) { (forward[a] = forward[a] || []).push(b); (backward[b] = backward[b] || []).push(a); }
    for (i = 1; i < count; i++) {
      var st = steps[i - 1] || {};
      if (isObject(st.keputusan) && !empty(st.keputusan)) { edge(i, Number(st.keputusan.ya)); edge(i, Number(st.keputusan.tidak)); }
      else if (!empty(st.ke)) edge(i, Number(st.ke));
      else edge(i, i + 1);
    }
    function reach(start, adj) {
      var seen = {}, queue = [start]; seen[start] = true;
      while (queue.length) (adj[queue.shift()] || []).forEach(function (n) { if (!seen[n]) { seen[n] = true; queue.push(n); } });
      return seen;
    }
    var reachable = reach(1, forward), finishing = reach(count, backward), trapped = [];
    for (i = 1; i <= count; i++) {
      if (!reachable[i]) r.error(at(i - 1), 'langkah ' + i + " tidak pernah dicapai dari langkah 1; periksa 'ke' dan 'keputusan' langkah sebelumnya");
      else if (!finishing[i]) trapped.push(i);
    }
    if (trapped.length)
      r.error(at(trapped[0] - 1), 'dari langkah ' + trapped.join(', ') + ' prosedur tidak pernah sampai ke langkah terakhir (' + count + "): ada putaran tanpa jalan keluar; periksa 'ke' dan 'keputusan'");
  }

  // The actors no step names (a warning, as standar check).
  function unusedActors(doc, r, model) {
    model.forEach(function (node) {
      if (node.jenis !== 'daftar' || node.butir.jenis !== 'isian') return;
      node.butir.kolom.forEach(function (sub) {
        if (!sub.rujuk || sub.jenis !== 'teks' || !Array.isArray(doc[sub.rujuk]) || !Array.isArray(doc[node.kunci])) return;
        // each name and abbreviation once (standar check: a step must name one column)
        var items = doc[sub.rujuk], firstNames = items.map(function (a) { return Format.names(a)[0]; });
        var all = firstNames.concat([].concat.apply([], items.map(function (a) { return Format.names(a).slice(1); }))), seen = {};
        all.forEach(function (n, i) {
          if (n === undefined) return;
          if (n in seen) r.error([sub.rujuk, i < items.length ? i : seen[n]], "'" + n + "' ditulis dua kali di daftar pelaksana");
          else seen[n] = i;
        });
        var used = doc[node.kunci].map(function (s) { return isObject(s) ? String(s[sub.kunci] || '').trim() : ''; });
        doc[sub.rujuk].forEach(function (a) {
          var known = Format.names(a);
          if (known.length && !known.some(function (n) { return used.indexOf(n) >= 0; }))
            r.warning([sub.rujuk], "pelaksana '" + known[0] + "' tidak melaksanakan langkah apa pun");
        });
      });
    });
  }

  // The lists other fields refer to by number (the steps, for decisions and jumps).
  function numbered(nodes, found) {
    nodes.forEach(function (n) {
      if (n.jenis === 'bilangan' && n.rujuk) found[n.rujuk] = true;
      if (n.kolom) numbered(n.kolom, found);
      if (n.butir) numbered([n.butir], found);
    });
    return Object.keys(found);
  }

  function has(model, key) { return model.some(function (n) { return n.kunci === key; }); }

  function acrossFields(doc, r, model, label) {
    numbered(model, {}).forEach(function (key) { if (stepsOf(doc, key).length) flow(doc, r, key); });
    unusedActors(doc, r, model);
    [['tanggal_efektif', 'tanggal_pembuatan'], ['tanggal_revisi', 'tanggal_pembuatan']].forEach(function (pair) {
      if (has(model, pair[0]) && has(model, pair[1]) && ISO_DATE.test(doc[pair[0]] || '') && ISO_DATE.test(doc[pair[1]] || '') &&
          doc[pair[0]] < doc[pair[1]])
        r.error([pair[0]], doc[pair[0]] + ' lebih awal dari ' + pair[1] + ' (' + doc[pair[1]] + ')');
    });
    if (has(model, 'diganti_oleh') && !empty(doc.diganti_oleh)) {
      if (doc.status !== 'dicabut') r.error(['diganti_oleh'], 'hanya untuk ' + label + ' berstatus dicabut; hapus kolom ini atau ubah status menjadi dicabut');
      else if (doc.diganti_oleh === doc.nomor) r.error(['diganti_oleh'], label + ' tidak dapat digantikan oleh dirinya sendiri');
    }
    if (Array.isArray(doc.keterkaitan)) doc.keterkaitan.forEach(function (k, i) {
      if (isObject(k) && k.nomor && k.nomor === doc.nomor) r.error(['keterkaitan', i, 'nomor'], 'SOP tidak dapat dikaitkan dengan dirinya sendiri');
    });
    if (has(model, 'capaian') && Array.isArray(doc.capaian)) {   // kinds.spm: the figures of a year
      var years = {};
      doc.capaian.forEach(function (c, i) {
        if (!isObject(c)) return;
        var p = ['capaian', i];
        if (!empty(c.tahun)) {
          if (c.tahun in years) r.error(p.concat(['tahun']), 'tahun ' + c.tahun + ' ditulis dua kali (juga butir ke-' + (years[c.tahun] + 1) + ')');
          else years[c.tahun] = i;
        }
        if (!empty(c.terlayani) && !empty(c.sasaran) && +c.terlayani > +c.sasaran)
          r.error(p.concat(['terlayani']), 'terlayani (' + c.terlayani + ') lebih besar dari sasaran (' + c.sasaran + ')');
        var q = [!empty(c.mutu_sasaran), !empty(c.mutu_terpenuhi)];
        if (q[0] !== q[1]) r.error(p.concat([q[0] ? 'mutu_terpenuhi' : 'mutu_sasaran']), 'mutu_sasaran dan mutu_terpenuhi diisi berpasangan');
        else if (q[0] && +c.mutu_terpenuhi > +c.mutu_sasaran)
          r.error(p.concat(['mutu_terpenuhi']), 'mutu_terpenuhi (' + c.mutu_terpenuhi + ') lebih besar dari mutu_sasaran (' + c.mutu_sasaran + ')');
      });
    }
    if (has(model, 'dasar_biaya') && !empty(doc.biaya) && amount(doc.biaya) && empty(doc.dasar_biaya))
      r.error(['biaya'], 'tarif tanpa dasar hukumnya: tulis peraturan yang menetapkannya (misalnya perda retribusi) di \'dasar_biaya\'');
  }

  // kinds.sp.amount: whole rupiah of a tariff as written; 0 is free; null when not a tariff.
  function amount(text) {
    text = String(text).split(/\s+/).filter(Boolean).join(' ');
    if (/^(?:gratis|tidak dipungut biaya|tanpa biaya|bebas biaya|tidak ada biaya|rp\.?\s*0+(?:[.,]-|,00)?|0)$/i.test(text)) return 0;
    var m = /^(?:rp\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,-|,00|\.-)?(?:\s*(?:\/|per)\s*(\S.*))?$/i.exec(text);
    return m ? parseInt(m[1].replace(/\./g, ''), 10) : null;
  }

  // Every problem of one document: `doc` as the file holds it (PortalFormat.fromEditor), `model`
  // its kind's, `situs` the published standards (for a number used twice), `path` its file,
  // `label` its kind's name in messages (SOP, SPO).
  function check(model, doc, situs, path, label) {
    var r = new Report();
    new Checker(doc, r).record(model, doc, []);
    acrossFields(doc, r, model, label);
    var other = situs && situs.standar && doc.nomor ? situs.standar[String(doc.nomor).trim()] : null;
    if (other && other.berkas !== path)
      r.error(['nomor'], 'nomor "' + String(doc.nomor).trim() + '" juga dipakai oleh ' + other.berkas + '; nomor harus unik');
    return r.masalah;
  }

  var api = { check: check, stepsOf: stepsOf, amount: amount, label: label, GALAT: GALAT, PERINGATAN: PERINGATAN };
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  else root.PortalPeriksa = api;
})(this);
