/** The 404 page: with JavaScript, the search box is filled with words from the address that was not found. */
import { queryFromMissingPath } from '../lib/not-found-query.ts';

const input = document.querySelector<HTMLInputElement>('#ib-notfound-q');
if (input && input.value === '') input.value = queryFromMissingPath(location.pathname, import.meta.env.BASE_URL);
