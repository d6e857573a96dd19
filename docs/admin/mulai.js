// Decap CMS waits for portal-cms.js, which starts it with the generated configuration.
window.CMS_MANUAL_INIT = true;
