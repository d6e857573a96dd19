/* Portal Standar: small progressive enhancements. Every page reads fine without them. */
(function () {
  "use strict";

  var BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
               "September", "Oktober", "November", "Desember"];

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  function isoToday() {
    var d = new Date();
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }

  /* Print date on SOP sheets: the reader's own date ("28 November 2026"). Without JavaScript
     the sheet shows the site's build date instead. */
  function fillPrintDate() {
    var now = new Date();
    var text = now.getDate() + " " + BULAN[now.getMonth()] + " " + now.getFullYear();
    document.querySelectorAll("time[data-tanggal-cetak]").forEach(function (el) {
      el.textContent = text;
      el.setAttribute("datetime", isoToday());
      var box = el.closest(".sop-qr-cetak");
      if (box) { box.hidden = false; }
    });
  }

  /* Reviews that fell due after the site was built: decided with the reader's date. */
  function showDueReviews() {
    var today = isoToday();
    document.querySelectorAll("[data-batas-tinjau]").forEach(function (el) {
      if (el.getAttribute("data-batas-tinjau") <= today) {
        el.hidden = false;
      }
    });
    var empty = document.querySelector(".standar-tinjau-kosong");
    if (empty && document.querySelector(".standar-tinjau-daftar tbody tr:not([hidden])")) {
      empty.hidden = true;
    }
  }

  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) { return ""; }
    return cell.getAttribute("data-nilai") || cell.textContent.trim().toLowerCase();
  }

  /* Sortable columns: a button in each header, state in aria-sort. */
  function makeSortable(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "standar-urut";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, index), y = cellValue(b, index);
          var order = x.localeCompare(y, "id", { numeric: true });
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  /* A filter box above a table: every typed word must appear in the row. */
  function makeFilterable(box) {
    var table = document.getElementById(box.getAttribute("data-saring-untuk"));
    if (!table) { return; }
    var input = box.querySelector("input");
    var count = box.querySelector(".standar-saring-jumlah");
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    box.hidden = false;
    function apply() {
      var terms = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var visible = 0;
      rows.forEach(function (row) {
        var text = row.textContent.toLowerCase();
        var match = terms.every(function (t) { return text.indexOf(t) !== -1; });
        row.hidden = !match;
        visible += match ? 1 : 0;
      });
      count.textContent = "Menampilkan " + visible + " dari " + rows.length + " standar";
    }
    input.addEventListener("input", apply);
    apply();
  }

  function init() {
    fillPrintDate();
    showDueReviews();
    document.querySelectorAll("table[data-urutkan]").forEach(makeSortable);
    document.querySelectorAll("[data-saring-untuk]").forEach(makeFilterable);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
  window.addEventListener("beforeprint", fillPrintDate);
})();
