/* The status form shows only the fields the chosen status needs (supplier and ETA, RMA, reason). */
function stShowStatusFields(select) {
  document.querySelectorAll('.st-status-fields').forEach(function (group) {
    group.hidden = group.dataset.for !== select.value;
  });
}
document.addEventListener('DOMContentLoaded', function () {
  var select = document.getElementById('statusForm:target');
  if (select) {
    stShowStatusFields(select);
  }
});
