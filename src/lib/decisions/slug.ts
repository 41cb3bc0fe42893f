// The placeholder a scaffolded decision summary starts with. No imports, so the scaffolding script
// can run it directly in Node.

/** The line the scaffold (npm run new:decision) leaves in the body; a file still holding it is not finished. */
export const SCAFFOLD_MARK = "Write the summary here";
