// GraphQL-over-HTTP audit (npm graphql-http 1.23.1, serverAudits) against a served app: node graphql-http-audit.mjs <url>.
// Writes one JSON array on stdout, one entry per audit: {id, name, status: "ok"|"warn"|"error"|"notice", reason?,
// httpStatus?}. The C# test (tests/Functions.Tests/Http/GraphQLHttpAuditTests.cs) decides which failures contradict
// the reference's status rules (skips with reasons) and which are real failures.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node graphql-http-audit.mjs <url>');
  process.exit(2);
}

const results = [];
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  results.push({
    id: result.id,
    name: result.name,
    status: result.status,
    reason: result.reason,
    httpStatus: result.response ? result.response.status : undefined,
  });
}

process.stdout.write(JSON.stringify(results));
