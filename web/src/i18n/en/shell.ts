// English strings of the frame of the app: product name, shared words, language, menu.
import type { Dictionary } from '../vi.ts';

/** Part of the English dictionary. */
export const enShell: Pick<Dictionary, 'app' | 'common' | 'language' | 'nav'> = {
  app: {
    name: 'CongDoan',
    subtitle: 'Vietnam Health Trade Union — Union work management',
    tagline: 'Vietnam Health Trade Union',
  },
  common: {
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    confirm: 'Confirm',
    retry: 'Retry',
    loading: 'Loading…',
    none: '—',
    yes: 'Yes',
    no: 'No',
    actions: 'Actions',
    notFoundTitle: 'Not found',
    notFound: 'Not found, or you do not have access.',
    pageNotFound: 'The page you are looking for does not exist.',
    backHome: 'Back to the start page',
    loadFailed: 'Could not load the data.',
    networkError: 'Cannot reach the server. Check the network and try again.',
    serverError: (status: number) => `The server answered with an error (status ${status}). Please try again.`,
    crashed: 'Something went wrong while showing this page. Please reload it.',
    reload: 'Reload the page',
    effectiveDate: 'Effective date',
    effectiveDateHelp: 'The date the change takes effect; today by default.',
    required: (field: string) => `Please enter the ${field.toLowerCase()}.`,
    requiredChoice: (field: string) => `Please choose the ${field.toLowerCase()}.`,
    choose: (field: string) => `Choose the ${field.toLowerCase()}`,
    minLength: (field: string, min: number) => `${field} must be at least ${min} characters.`,
    total: (count: string) => `${count} records in total`,
    and: 'and',
  },
  language: {
    label: 'Language',
    vi: 'Tiếng Việt',
    en: 'English',
  },
  nav: {
    units: 'Organisation',
    audit: 'Audit log',
    users: 'Users',
    account: 'Account',
    logout: 'Log out',
    menu: 'Main menu',
    loggedOut: 'You have logged out.',
  },
};
