(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) return;
  var findings = document.querySelectorAll('article.finding');
  var groups = document.querySelectorAll('.group');
  var notes = document.querySelectorAll('.notes [data-finding]');
  var documents = document.querySelectorAll('.document[data-document]');
  var shown = document.getElementById('shown');

  function checked(name) {
    var set = Object.create(null);
    form.querySelectorAll('input[name="' + name + '"]').forEach(function (box) {
      if (box.checked) set[box.value] = true;
    });
    return set;
  }

  function apply() {
    var rules = checked('rule');
    var severities = checked('severity');
    var files = checked('document');
    var count = 0;
    findings.forEach(function (f) {
      var inFile = f.getAttribute('data-document').split(' ').some(function (t) { return files[t] === true; });
      var show = rules[f.getAttribute('data-rule')] === true && severities[f.getAttribute('data-severity')] === true && inFile;
      f.hidden = !show;
      if (show) count++;
    });
    groups.forEach(function (g) { g.hidden = !g.querySelector('article.finding:not([hidden])'); });
    notes.forEach(function (n) {
      var f = document.getElementById(n.getAttribute('data-finding'));
      n.hidden = f !== null && f.hidden;
    });
    documents.forEach(function (d) {
      var token = d.getAttribute('data-document');
      var box = form.querySelector('input[name="document"][value="' + token + '"]');
      d.hidden = box !== null && !box.checked;
    });
    shown.textContent = count + ' of ' + findings.length + ' findings shown';
  }

  form.addEventListener('change', apply);
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  apply();
}());
