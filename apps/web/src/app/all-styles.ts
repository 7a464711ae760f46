// Mantine's whole stylesheet, loaded with every page but the first (routes.tsx). It comes after
// first-visit-styles.ts and holds the same rules in Mantine's own order, so nothing is overridden wrongly.
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
