import {
  type FideleClient,
  type NewStaffUserInput,
  type Role,
  type RolePurposesQuery,
  type StaffAccountFieldsFragment,
  type StaffUserInput,
} from '@fidele/sdk';
import { raErrors } from '../../api/ra-errors';

export type StaffAccount = StaffAccountFieldsFragment;
export type RolePurposesRow = RolePurposesQuery['rolePurposes'][number];

/** The account form (create and edit); on edit, e-mail and temporary password are not sent. */
export interface StaffAccountForm {
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  brands: string[];
  zones: string[];
  temporaryPassword: string;
}

/** Staff administration for admins (`staffAccounts` and its mutations, `rolePurposes`): the server refuses others. */
export type StaffAccountsProvider = {
  getStaffAccounts(): Promise<StaffAccount[]>;
  createStaffUser(form: StaffAccountForm): Promise<StaffAccount>;
  updateStaffUser(account: StaffAccount, form: StaffAccountForm): Promise<StaffAccount>;
  setStaffUserActive(id: string, active: boolean): Promise<StaffAccount>;
  resetStaffPassword(id: string, temporaryPassword: string): Promise<StaffAccount>;
  getRolePurposes(): Promise<RolePurposesRow[]>;
  setRolePurposes(role: Role, purposes: string[]): Promise<RolePurposesRow>;
};

/** The form → the API's inputs (names trimmed). */
export const toNewStaffUserInput = (f: StaffAccountForm): NewStaffUserInput => ({
  email: f.email.trim(),
  firstName: f.firstName.trim(),
  lastName: f.lastName.trim(),
  role: f.role,
  brands: f.brands,
  zones: f.zones,
  temporaryPassword: f.temporaryPassword,
});
export const toStaffUserInput = (f: StaffAccountForm): StaffUserInput => ({
  firstName: f.firstName.trim(),
  lastName: f.lastName.trim(),
  role: f.role,
  brands: f.brands,
  zones: f.zones,
});

export function createStaffAccountsProvider(client: FideleClient): StaffAccountsProvider {
  return {
    getStaffAccounts: () => raErrors(() => client.staffAccounts()),
    createStaffUser: (form) => raErrors(() => client.createStaffUser({ input: toNewStaffUserInput(form) })),
    updateStaffUser: (a, form) =>
      raErrors(() => client.updateStaffUser({ id: a.id, version: a.version, input: toStaffUserInput(form) })),
    setStaffUserActive: (id, active) =>
      raErrors(() => (active ? client.reactivateStaffUser({ id }) : client.deactivateStaffUser({ id }))),
    resetStaffPassword: (id, temporaryPassword) => raErrors(() => client.resetStaffPassword({ id, temporaryPassword })),
    getRolePurposes: () => raErrors(() => client.rolePurposes()),
    setRolePurposes: (role, purposes) => raErrors(() => client.setRolePurposes({ role, purposes })),
  };
}
