// Stand-in for office-addin-manifest under jest: office-addin-mock imports it but never needs it in tests.
module.exports = {};
