/** A resource-locator value in By ID mode: a Planday number, a Plannr UUID, or an expression. */
export const byId = (value: number | string) => ({ __rl: true, mode: 'id', value: String(value) });
