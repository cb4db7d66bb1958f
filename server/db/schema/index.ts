// Every table of the application, for Drizzle and drizzle-kit.
export * from './units.ts';
export * from './accounts.ts';
export * from './members.ts';
export * from './attachments.ts';
export * from './targets.ts';
export * from './self-service.ts';
export * from './initiatives.ts';
export * from './performance-ratings.ts';
export * from './catalogue.ts';
export * from './awards.ts';
export * from './movements.ts';
export * from './proposals.ts';
export * from './notifications.ts';
