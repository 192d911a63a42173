// office-addin-mock imports only this enum; the real package is ESM-only under jest 30 on Node 20.
exports.OfficeApp = { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" };
