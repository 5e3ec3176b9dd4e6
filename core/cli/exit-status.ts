// A command that ran fine but whose answer is a finding a script must see (budgets check: a
// budget is breached) ends with its own exit code, after printing its report, and no error line.
export class ExitStatus extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = 'ExitStatus';
  }
}
