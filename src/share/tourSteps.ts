/** The guided tour a personal link offers, in order: three minutes from "what is it" to a quiz. */
export const tourSteps = ['summary', 'day', 'skills', 'words', 'quiz'] as const;

/** A step of the guided tour. */
export type TourStep = (typeof tourSteps)[number];

/** How many of the job's words the tour explains, and how many questions end it. */
export const tourWordCount = 5;
export const tourQuestionCount = 5;
