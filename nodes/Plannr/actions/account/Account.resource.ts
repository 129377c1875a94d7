import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as createLogin from './createLogin.operation';
import * as get from './get.operation';
import * as getAddresses from './getAddresses.operation';
import * as getAll from './getAll.operation';
import * as getCheck from './getCheck.operation';
import * as getLogins from './getLogins.operation';
import * as makeLoginPrimary from './makeLoginPrimary.operation';
import * as manageOwners from './manageOwners.operation';
import * as update from './update.operation';
import * as updateLogin from './updateLogin.operation';
import * as upsert from './upsert.operation';

export {
	create,
	createLogin,
	get,
	getAddresses,
	getAll,
	getCheck,
	getLogins,
	makeLoginPrimary,
	manageOwners,
	update,
	updateLogin,
	upsert,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['account'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an account',
				description:
					'Create a Plannr account: a client (individual, joint, trust or business), an employee or an introducer. Returns the new account.',
			},
			{
				name: 'Create Login',
				value: 'createLogin',
				action: 'Give an account a login',
				description:
					'Give someone client-portal access to a Plannr account: a login with its permissions. Returns the new login.',
			},
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update an account by email',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an account by UUID',
				description:
					'Get one Plannr account by its UUID: name, contact details, type, role and assigned adviser',
			},
			{
				name: 'Get Addresses',
				value: 'getAddresses',
				action: 'Get the addresses of an account',
				description: 'List the postal addresses Plannr holds for an account',
			},
			{
				name: 'Get Check',
				value: 'getCheck',
				action: 'Get a compliance check of an account',
				description:
					'Get one compliance check run on a Plannr client (AML, SmartDoc or fraud): provider, status, outcome and when it ran',
			},
			{
				name: 'Get Logins',
				value: 'getLogins',
				action: 'Get the logins of an account',
				description:
					'List who can sign in to a Plannr account (client-portal access) and with which permissions',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Search accounts',
				description:
					'List Plannr accounts (clients, employees and introducers), filtered by name, email, phone, type, role, group, tag, dates or custom fields',
			},
			{
				name: 'Make Login Primary',
				value: 'makeLoginPrimary',
				action: 'Make a login the primary one of its account',
				description:
					'Make one login the account’s primary login (only one per account). Returns Plannr’s answer.',
			},
			{
				name: 'Manage Owners',
				value: 'manageOwners',
				action: 'Change the owners of a client',
				description:
					'Attach or detach owners of a shared Plannr client, or make the accounts given its only owners. Returns Plannr’s answer.',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update fields of an account',
				description:
					'Change the given fields of a Plannr account; fields left out keep their values. Returns the changed account.',
			},
			{
				name: 'Update Login',
				value: 'updateLogin',
				action: 'Update the permissions of a login',
				description:
					'Set a login’s permissions and client-portal access; Plannr needs every switch each time. Returns the changed login.',
			},
		],
		default: 'get',
	},
	...create.description,
	...createLogin.description,
	...get.description,
	...getAddresses.description,
	...getAll.description,
	...getCheck.description,
	...getLogins.description,
	...makeLoginPrimary.description,
	...manageOwners.description,
	...update.description,
	...updateLogin.description,
	...upsert.description,
];
