/*
 * The upload widget <st:upload> (see META-INF/resources/st/upload.xhtml). Each chosen or dropped file is sent on its
 * own, one after the other, as the raw body of a POST with a progress bar; a file over the limit is
 * refused here before a byte is sent (the server refuses it too).
 *   after=reload: the files go onto an order; the page reloads to list them when all are done.
 *   after=stage: the files wait for the form; their ids and names are kept in its hidden field.
 */
(function () {
  'use strict';

  function init(zone) {
    if (zone.dataset.ready) {
      return;
    }
    zone.dataset.ready = 'true';
    var list = zone.querySelector('.st-uploads');
    var queue = [];
    var busy = false;
    var uploaded = 0;

    function item(name) {
      var li = document.createElement('li');
      li.className = 'st-upload';
      var label = document.createElement('span');
      label.className = 'st-upload-name';
      label.textContent = name;
      var bar = document.createElement('progress');
      bar.max = 100;
      bar.value = 0;
      var status = document.createElement('span');
      status.className = 'st-upload-status';
      li.appendChild(label);
      li.appendChild(bar);
      li.appendChild(status);
      list.appendChild(li);
      return { li: li, bar: bar, status: status };
    }

    function fail(row, message) {
      row.li.classList.add('st-upload-failed');
      row.bar.remove();
      row.status.textContent = message;
      row.status.setAttribute('role', 'alert');
    }

    function stagedField() {
      return zone.dataset.stagedField ? document.getElementById(zone.dataset.stagedField) : null;
    }

    function readStaged() {
      var field = stagedField();
      try {
        return field && field.value ? JSON.parse(field.value) : [];
      } catch (e) {
        return [];
      }
    }

    function writeStaged(files) {
      stagedField().value = JSON.stringify(files);
    }

    function showStaged(file) {
      var row = item(file.name);
      row.bar.remove();
      row.li.classList.add('st-upload-done');
      row.status.textContent = file.sizeLabel;
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'st-upload-remove';
      remove.textContent = zone.dataset.remove;
      remove.addEventListener('click', function () {
        var xhr = new XMLHttpRequest();
        xhr.open('DELETE', zone.dataset.uploadUrl.split('?')[0] + '/' + file.id);
        xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
        xhr.send();
        writeStaged(readStaged().filter(function (f) { return f.id !== file.id; }));
        row.li.remove();
      });
      row.li.appendChild(remove);
    }

    function finished() {
      if (zone.dataset.after === 'reload' && uploaded > 0) {
        var url = new URL(window.location.href);
        // Notices of the page before (?partLogged=true …) are not repeated after the upload.
        Array.from(url.searchParams.keys()).filter(function (name) {
          return url.searchParams.get(name) === 'true';
        }).forEach(function (name) { url.searchParams.delete(name); });
        url.searchParams.set('tab', zone.dataset.reloadTab || 'attachments');
        url.searchParams.set('uploaded', 'true');
        window.location.assign(url.toString());
      }
    }

    function next() {
      if (busy) {
        return;
      }
      var entry = queue.shift();
      if (!entry) {
        finished();
        return;
      }
      busy = true;
      var xhr = new XMLHttpRequest();
      xhr.open('POST', zone.dataset.uploadUrl);
      xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
      xhr.setRequestHeader('X-File-Name', encodeURIComponent(entry.file.name));
      xhr.setRequestHeader('Content-Type', 'application/octet-stream');
      xhr.upload.addEventListener('progress', function (event) {
        if (event.lengthComputable) {
          entry.row.bar.value = Math.round((event.loaded / event.total) * 100);
        }
      });
      xhr.addEventListener('load', function () {
        var answer = null;
        try {
          answer = JSON.parse(xhr.responseText);
        } catch (e) {
          answer = null;
        }
        if (xhr.status === 201 && answer) {
          uploaded++;
          if (zone.dataset.after === 'stage') {
            entry.row.li.remove();
            var staged = readStaged();
            var file = { id: answer.id, name: answer.name, sizeLabel: answer.sizeLabel };
            staged.push(file);
            writeStaged(staged);
            showStaged(file);
          } else {
            entry.row.bar.value = 100;
            entry.row.li.classList.add('st-upload-done');
            entry.row.status.textContent = answer.sizeLabel;
          }
        } else if (answer && answer.error) {
          fail(entry.row, answer.error);
        } else {
          fail(entry.row, xhr.status === 200 ? zone.dataset.signedOut : zone.dataset.failed);
        }
        busy = false;
        next();
      });
      xhr.addEventListener('error', function () {
        fail(entry.row, zone.dataset.failed);
        busy = false;
        next();
      });
      xhr.send(entry.file);
    }

    function add(files) {
      var max = Number(zone.dataset.maxBytes);
      Array.prototype.forEach.call(files, function (file) {
        var row = item(file.name);
        if (file.size > max) {
          fail(row, zone.dataset.tooLarge.replace('{0}', file.name));
          return;
        }
        queue.push({ file: file, row: row });
      });
      next();
    }

    zone.querySelectorAll('.st-file-input').forEach(function (input) {
      input.addEventListener('change', function () {
        add(input.files);
        input.value = '';
      });
    });
    ['dragenter', 'dragover'].forEach(function (type) {
      zone.addEventListener(type, function (event) {
        event.preventDefault();
        zone.classList.add('st-dragging');
      });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      zone.addEventListener(type, function (event) {
        event.preventDefault();
        zone.classList.remove('st-dragging');
      });
    });
    zone.addEventListener('drop', function (event) {
      if (event.dataTransfer && event.dataTransfer.files.length) {
        add(event.dataTransfer.files);
      }
    });
    if (zone.dataset.after === 'stage') {
      readStaged().forEach(showStaged);
    }
  }

  function initAll() {
    document.querySelectorAll('.st-dropzone').forEach(init);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', initAll);
  } else {
    initAll();
  }
})();
