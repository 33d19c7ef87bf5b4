// Saves a Blob or a string as a file through a temporary object URL.
export function saveFile(data: Blob | string, name: string, type = 'application/octet-stream'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The click has started the download synchronously; the URL can go after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
