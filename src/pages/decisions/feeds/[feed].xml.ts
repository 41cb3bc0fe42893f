// Atom feeds of decisions per deciding body (/decisions/feeds/datatilsynet.xml) and per provision
// (/decisions/feeds/gdpr-6.xml, /decisions/feeds/pda-26.xml): every GDPR article and every section of
// each instrument the site holds has one, so that a reader can follow it before any decision cites it.
import type { APIRoute, GetStaticPaths } from "astro";
import { feedSummary } from "../../../lib/decisions/export";
import { atomFeed, decisionsByAuthority, feedKey } from "../../../lib/decisions/feeds";
import { getDecisions, getDecisionsByProvision, getProvisionFeeds } from "../../../lib/decisions/load";
import type { Decision } from "../../../lib/decisions/model";
import { AUTHORITIES, authorityNames } from "../../../lib/decisions/vocab";
import { provisionName, provisionPath } from "../../../lib/decisions/provisions";
import { paths, url } from "../../../lib/urls";
import { site as siteInfo } from "../../../site";

interface Props {
  title: string;
  subtitle: string;
  alternate: string;
  decisions: Decision[];
}

export const getStaticPaths = (async () => {
  const { all } = await getDecisions();
  const byAuthority = decisionsByAuthority(all);
  const byProvision = await getDecisionsByProvision();
  const provisions = await getProvisionFeeds();
  return [
    ...authorityNames.map((a) => ({
      params: { feed: AUTHORITIES[a].key },
      props: {
        title: `Decisions of the ${AUTHORITIES[a].en}`,
        subtitle: `Decisions and rulings of the ${AUTHORITIES[a].en} (${a}), newest first.`,
        alternate: `${paths.decisionsIndex()}?authority=${AUTHORITIES[a].key}`,
        decisions: byAuthority.get(a) ?? [],
      },
    })),
    ...[...provisions].map((p) => ({
      params: { feed: feedKey(p) },
      props: {
        title: `Decisions citing ${provisionName(p)}`,
        subtitle: `Norwegian data protection decisions and rulings that apply ${provisionName(p)}, newest first.`,
        alternate: provisionPath(p),
        decisions: byProvision.get(p) ?? [],
      },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props, params, site }) => {
  const body = atomFeed(props.decisions, {
    title: `${siteInfo.name}: ${props.title}`,
    subtitle: props.subtitle,
    self: paths.decisionsFeedFor(params.feed!),
    alternate: props.alternate,
    siteName: siteInfo.name,
    abs: (path) => new URL(url(path), site).href,
    summary: feedSummary,
  });
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
