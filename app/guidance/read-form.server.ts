// Kept for the guidance routes' imports; the helper now serves every action.
export { readForm } from "~/platform/read-form.server";
