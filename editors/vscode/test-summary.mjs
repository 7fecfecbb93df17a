// node:test reporter that ends the run with the plain "N passed, N failed" line CI reads.
export default async function* summary(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for await (const { type, data } of source) {
    // Count tests, not the describe() suites that wrap them.
    if (data?.details?.type === 'suite') continue;
    if (type === 'test:pass') data.skip || data.todo ? skipped++ : passed++;
    else if (type === 'test:fail') failed++;
  }
  yield `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
}
