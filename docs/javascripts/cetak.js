/* Print date on SOP sheets: the reader's own date, written the Indonesian way
   ("28 November 2026"). Without JavaScript the sheet shows the site's build date instead. */
(function () {
  "use strict";
  var BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
               "September", "Oktober", "November", "Desember"];

  function dua(n) { return (n < 10 ? "0" : "") + n; }

  function isi() {
    var now = new Date();
    var teks = now.getDate() + " " + BULAN[now.getMonth()] + " " + now.getFullYear();
    var iso = now.getFullYear() + "-" + dua(now.getMonth() + 1) + "-" + dua(now.getDate());
    var waktu = document.querySelectorAll("time[data-tanggal-cetak]");
    for (var i = 0; i < waktu.length; i++) {
      waktu[i].textContent = teks;
      waktu[i].setAttribute("datetime", iso);
      var wadah = waktu[i].closest(".sop-qr-cetak");
      if (wadah) { wadah.hidden = false; }
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", isi);
  } else {
    isi();
  }
  window.addEventListener("beforeprint", isi);
})();
