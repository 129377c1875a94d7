import { list } from '../operations';

export const { description, execute } = list({
	resource: 'contractRule',
	operation: 'getAll',
	path: '/contractrules/v1.0/contractrules',
	scope: 'contractrules:read',
});
