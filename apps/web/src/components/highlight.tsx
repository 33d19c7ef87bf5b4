// Renders an API snippet (escaped text in which only <mark> is markup) as React nodes: no innerHTML.
const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };
const unescape = (s: string) => s.replace(/&(lt|gt|quot|#39|amp);/g, (m) => ENTITIES[m] ?? m);

export function Highlight({ snippet }: { snippet: string }) {
  // split with a capture group keeps the tags, so odd positions sit between <mark> and </mark>
  const parts = snippet.split(/(<mark>[\s\S]*?<\/mark>)/);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith('<mark>') ? <mark key={i}>{unescape(part.slice(6, -7))}</mark> : <span key={i}>{unescape(part.replace(/<\/?mark>/g, ''))}</span>,
      )}
    </>
  );
}
