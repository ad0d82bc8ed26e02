import '@testing-library/jest-dom/vitest';

// jsdom does not implement scrolling; the app calls it when views and languages change.
window.scrollTo = () => {};
