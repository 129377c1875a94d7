/** Prints the plain closing line CI reads: "Jest: N passed, N failed[, N skipped]". */
class SummaryReporter {
	onRunComplete(_contexts, results) {
		const skipped = results.numPendingTests + results.numTodoTests;
		console.log(
			`\nJest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
		);
	}
}

module.exports = SummaryReporter;
