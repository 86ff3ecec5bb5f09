// Stand-in for office-addin-manifest under jest (its ESM-only dependencies break jest on Node 20).
// office-addin-mock only needs the OfficeApp enum from it.
module.exports = {
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
};
