/** Bounds on every GraphQL document (docs/architecture.md: queries are bounded in depth and cost). */
export const GRAPHQL_LIMITS = { depth: 8, aliases: 15, cost: 5000, tokens: 2000 } as const;

/**
 * The messages of the limit rules (Mercurius' depth check, graphql-armor's alias and cost rules,
 * graphql-js' token limit) rewritten for the caller: which limit, what was found.
 */
export function limitMessage(error: { message: string; code?: unknown }): string | null {
  const { message } = error;
  if (error.code === 'MER_ERR_GQL_QUERY_DEPTH') {
    const found = /query depth \((\d+)\)/.exec(message)?.[1];
    return `Requête trop profonde : ${found ? `profondeur ${found}` : 'profondeur excessive'} pour un maximum de ${GRAPHQL_LIMITS.depth} niveaux.`;
  }
  let m = /Aliases limit of (\d+) exceeded, found (\d+)/.exec(message);
  if (m) return `Trop d'alias dans la requête : ${m[2]} pour un maximum de ${m[1]}.`;
  m = /Query Cost limit of (\d+) exceeded, found (\d+(?:\.\d+)?)/.exec(message);
  if (m)
    return `Requête trop coûteuse : coût estimé ${Math.ceil(Number(m[2]))} pour un maximum de ${m[1]} (demandez moins d'éléments ou moins de champs).`;
  m = /Document contains more that (\d+) tokens/.exec(message);
  if (m) return `Requête trop longue : plus de ${m[1]} éléments lexicaux (tokens).`;
  return null;
}
