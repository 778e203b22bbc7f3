/**
 * Example requests of the public GraphQL API for the open-data page. Each is an ordinary query
 * any client may send; none needs a session.
 */
export interface ApiExample {
  key: 'rankings' | 'profile' | 'provinces' | 'methodology';
  query: string;
  variables: Record<string, unknown>;
}

export function apiExamples(year: number, idPlaceholder: string): ApiExample[] {
  return [
    {
      key: 'rankings',
      query: `query Rankings($year: Int!) {
  rankings(cycleYear: $year, scope: { provinceCode: "36" }, sort: { field: SCORE }, first: 10) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      rank
      score
      grade
      zone
      institution { id name type province { name } }
    }
  }
}`,
      variables: { year },
    },
    {
      key: 'profile',
      query: `query Profile($id: ID!) {
  institutionProfile(id: $id) {
    institution { name type }
    results { year score grade zone rankNational }
  }
}`,
      variables: { id: idPlaceholder },
    },
    {
      key: 'provinces',
      query: `query Provinces($year: Int!) {
  provinceSummaries(cycleYear: $year) {
    province { code name isoCode }
    institutionCount
    meanScore
    zones { zone count }
  }
}`,
      variables: { year },
    },
    {
      key: 'methodology',
      query: `query Methodology($year: Int!) {
  cycleMethodology(year: $year) {
    methodology {
      summary {
        title { id en }
        dimensions { code weight variables { code weight } }
        gradeBands { code min max zone }
      }
    }
  }
}`,
      variables: { year },
    },
  ];
}

/** The same request as a command line, for people who try it from a terminal. */
export function curlOf(origin: string, example: ApiExample): string {
  const body = JSON.stringify({ query: example.query.replace(/\s+/g, ' '), variables: example.variables });
  return `curl -s ${origin}/graphql -H 'content-type: application/json' -d '${body.replace(/'/g, "'\\''")}'`;
}
