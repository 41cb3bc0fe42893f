// An OpenSearch description, so that a browser can add the site as a search engine.
import type { APIRoute } from "astro";
import { escapeHtml } from "../lib/html";
import { url } from "../lib/urls";
import { site as siteInfo } from "../site";

export const GET: APIRoute = ({ site }) => {
  const abs = (p: string) => escapeHtml(new URL(url(p), site).href);
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escapeHtml(siteInfo.shortName)}</ShortName>
  <Description>${escapeHtml(siteInfo.name)}: the law, the decisions and the guides</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${abs("/favicon.svg")}</Image>
  <Url type="text/html" method="get" template="${abs("/search/")}?q={searchTerms}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${abs("/opensearch.xml")}"/>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { "Content-Type": "application/opensearchdescription+xml" } });
};
