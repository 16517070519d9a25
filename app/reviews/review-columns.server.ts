import { reviews } from "~db/schema";

/** What a review says: the columns every review listing shows (explicit, so no row leaks). */
export const reviewContentColumns = {
  overall: reviews.overall,
  ratingSecurity: reviews.ratingSecurity,
  ratingSupport: reviews.ratingSupport,
  ratingValue: reviews.ratingValue,
  ratingOnboarding: reviews.ratingOnboarding,
  ratingExit: reviews.ratingExit,
  title: reviews.title,
  pros: reviews.pros,
  cons: reviews.cons,
  useCase: reviews.useCase,
  dataClassification: reviews.dataClassification,
  deploymentSize: reviews.deploymentSize,
  monthsInUse: reviews.monthsInUse,
  conflictOfInterest: reviews.conflictOfInterest,
};
