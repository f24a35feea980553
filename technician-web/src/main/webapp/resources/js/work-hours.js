/* Fills billable hours from the start and end of the labour (to the quarter hour); the technician may change it. */
function stHours() {
  var start = document.getElementById('labourForm:start');
  var end = document.getElementById('labourForm:end');
  var hours = document.getElementById('labourForm:hours');
  if (!start.value || !end.value) {
    return;
  }
  var minutes = (new Date(end.value) - new Date(start.value)) / 60000;
  if (minutes > 0) {
    hours.value = (Math.round(minutes / 15) / 4).toFixed(2);
  }
}
