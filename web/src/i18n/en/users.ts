// English strings of user administration.
import type { Dictionary } from '../vi.ts';

/** Part of the English dictionary. */
export const enUsers: Pick<Dictionary, 'users'> = {
  users: {
    title: 'Users',
    username: 'Username',
    displayName: 'Full name',
    grants: 'Roles',
    status: 'Status',
    active: 'Active',
    disabled: 'Disabled',
    lockedUntil: (time: string) => `Locked until ${time}`,
    createdAt: 'Created',
    create: 'Add user',
    createTitle: 'Add a user',
    created: (name: string) => `Account ${name} created.`,
    usernameHelp: 'Lower-case letters without accents, digits and . _ -, for example nguyenvana.',
    usernameInvalid: 'Use only lower-case a–z, digits and . _ -',
    initialPassword: 'Initial password',
    initialPasswordHelp: 'At least 10 characters. The user is asked to change it at first login.',
    firstGrant: 'First role',
    role: 'Role',
    unit: 'On unit',
    addGrant: 'Grant role',
    addGrantTitle: (name: string) => `Grant a role to ${name}`,
    grantAdded: 'Role granted.',
    removeGrantConfirm: (role: string, unit: string) => `Revoke the role ${role} on ${unit}?`,
    grantRemoved: 'Role revoked.',
    revokeSessions: 'Log out all sessions',
    revokeSessionsConfirm: (name: string) => `Log ${name} out of every device?`,
    sessionsRevoked: (name: string) => `${name} has been logged out of every session.`,
    searchPlaceholder: 'Search by username or name',
    empty: 'No users yet.',
  },
};
