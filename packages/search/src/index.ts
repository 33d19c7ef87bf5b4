// @dutymap/search: public entry (filled in as the package grows).
export {};
