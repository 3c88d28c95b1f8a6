/** GraphQL of imports and signals. */
export const importResolvers = {};
