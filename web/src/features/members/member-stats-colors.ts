// The colours of the statistics charts, starting with the theme's blue so a one-series bar matches the app.

/** Slice colours in order; they repeat past the end. */
export const STATS_COLORS = ['#0f5fa6', '#f0a030', '#2e9e6a', '#c0504d', '#7b61b8', '#3aa6c6', '#8c8c8c'];
