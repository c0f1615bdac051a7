// Where each published file lives under data/ (the ingest writes them there).
// Apart from queries.ts so that code without the schemas can name them too
// (the offline cache's warming: src/app/embedded-data.ts).

export const digestFile = (date: string) => `digests/${date}.json`
export const postFile = (slug: string) => `posts/${slug}.json`
