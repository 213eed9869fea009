import { cardSvg } from '$lib/preview/card';
import { homeCard } from '$lib/preview/cards';
import { pngResponse, renderPng } from '$lib/preview/render';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The home page's preview image: the map at the end of 2006. */
export const GET: RequestHandler = () => pngResponse(renderPng(cardSvg(homeCard())));
