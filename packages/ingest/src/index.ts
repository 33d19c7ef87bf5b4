// @dutymap/ingest: public entry (filled in as the package grows).
export {};
