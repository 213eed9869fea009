/**
 * Lighthouse with its default (mobile) configuration and default simulated throttling, in a
 * Chromium of its own (chrome-launcher, headless). Runs `runs` times and keeps the run with the
 * median performance score, as Lighthouse's own docs advise for variance.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * @typedef {object} LighthouseResult
 * @property {Record<string, number | null>} scores 0–100 per category
 * @property {{ lcp: number | null, tbt: number | null, cls: number | null, fcp: number | null, si: number | null }} metrics ms (CLS unitless)
 * @property {{ id: string, title: string, score: number | null }[]} failing audits below a full score that count for a score, per category
 * @property {number[]} performanceRuns the performance score of every run
 * @property {string[]} warnings
 */

/**
 * @param {string} url
 * @param {{ runs: number }} options
 * @returns {Promise<LighthouseResult>}
 */
export async function runLighthouse(url, { runs }) {
	const chrome = await chromeLauncher.launch({
		chromePath: findChromium(),
		chromeFlags: [...CHROMIUM_ARGS, '--headless=new']
	});
	/** @type {any[]} */
	const results = [];
	try {
		for (let i = 0; i < runs; i++) {
			const result = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: CATEGORIES
			});
			if (result) results.push(result.lhr);
		}
	} finally {
		chrome.kill();
	}
	if (results.length === 0) throw new Error('Lighthouse returned no result');
	/** @param {any} lhr */
	const performance = (lhr) => lhr.categories.performance?.score ?? 0;
	const sorted = [...results].sort((a, b) => performance(a) - performance(b));
	const lhr = sorted[Math.floor((sorted.length - 1) / 2)];
	/** @param {string} id */
	const numeric = (id) => {
		const value = lhr.audits[id]?.numericValue;
		return typeof value === 'number' ? Math.round(value * 1000) / 1000 : null;
	};
	/** @type {Record<string, number | null>} */
	const scores = {};
	/** @type {LighthouseResult['failing']} */
	const failing = [];
	for (const id of CATEGORIES) {
		const category = lhr.categories[id];
		scores[id] = category?.score == null ? null : Math.round(category.score * 100);
		for (const ref of category?.auditRefs ?? []) {
			const audit = lhr.audits[ref.id];
			if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
				failing.push({ id: `${id}/${ref.id}`, title: audit.title, score: audit.score });
		}
	}
	return {
		scores,
		metrics: {
			lcp: numeric('largest-contentful-paint'),
			tbt: numeric('total-blocking-time'),
			cls: numeric('cumulative-layout-shift'),
			fcp: numeric('first-contentful-paint'),
			si: numeric('speed-index')
		},
		failing,
		performanceRuns: results.map((result) => Math.round(performance(result) * 100)),
		warnings: lhr.runWarnings ?? []
	};
}
