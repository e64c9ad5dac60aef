/** Collections that are not roadmap areas; area folders must not use these names. */
export const AREAS_COLLECTION = 'areas';
export const READING_LISTS_COLLECTION = 'readingLists';
export const GLOSSARY_COLLECTION = 'glossary';
export const ARCHITECTURES_COLLECTION = 'architectures';
