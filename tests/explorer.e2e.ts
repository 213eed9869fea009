import { expect, test, type Locator, type Page } from '@playwright/test';
import { mapCountry, openExplorer, slider, tooltip, trackProblems } from './helpers';

const SEOUL_MELBOURNE = 'Seoul–Melbourne multilateral MoU';

test.describe('explorer', () => {
	test('dragging the date cursor recolours the map', async ({ page }) => {
		const { expectClean } = trackProblems(page);
		await openExplorer(page, '?date=2006-12-31');
		const korea = mapCountry(page, 'South Korea');
		const before = await korea.evaluate((el) => getComputedStyle(el).fill);
		const handle = slider(page);
		await handle.scrollIntoViewIfNeeded();
		const box = (await handle.boundingBox())!;
		const axis = (await page.locator('.axis').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(axis.x + 20, box.y + box.height / 2, { steps: 12 });
		await page.mouse.up();
		await expect(handle).toHaveAttribute('aria-valuetext', /2003/);
		await expect(page).toHaveURL(/date=2003-/);
		const after = await korea.evaluate((el) => getComputedStyle(el).fill);
		expect(after).not.toBe(before);
		await expect(korea).toHaveAccessibleName(/^South Korea: 0 instruments/);
		expectClean();
	});

	test('the map and summary follow a drag before it is released; the URL after', async ({
		page
	}) => {
		// What the last day shows, from its own link.
		await openExplorer(page, '?date=2006-12-31');
		const koreaAtEnd = await mapCountry(page, 'South Korea').getAttribute('aria-label');
		const summaryAtEnd = await page.locator('.summary .line').textContent();

		await openExplorer(page, '?date=2003-01-15');
		const korea = mapCountry(page, 'South Korea');
		await expect(korea).toHaveAccessibleName(/^South Korea: 0 instruments/);
		await page.locator('.axis').scrollIntoViewIfNeeded();
		const axis = (await page.locator('.axis').boundingBox())!;
		const y = axis.y + axis.height / 2;
		await page.mouse.move(axis.x + 4, y);
		await page.mouse.down();
		// Past the end of the axis: the pointer is captured and the day clamps to the last.
		await page.mouse.move(axis.x + axis.width + 30, y, { steps: 16 });
		// Still held: every change day passed on the way has been counted.
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '31 December 2006');
		await expect(korea).toHaveAttribute('aria-label', koreaAtEnd!);
		await expect(page.locator('.summary .line')).toHaveText(summaryAtEnd!);
		await expect(page).toHaveURL(/date=2003-01-15/);
		await page.mouse.up();
		// One history entry for the drag; the last day is the default view, so no date in the URL.
		await expect(page).not.toHaveURL(/date=/);
		await expect(korea).toHaveAttribute('aria-label', koreaAtEnd!);
	});

	test('clicking the axis jumps to that day', async ({ page }) => {
		await openExplorer(page);
		await page.locator('.axis').scrollIntoViewIfNeeded();
		const axis = (await page.locator('.axis').boundingBox())!;
		await page.mouse.click(axis.x + axis.width / 2, axis.y + axis.height / 2);
		await expect(slider(page)).toHaveAttribute('aria-valuetext', /200[45]/);
	});

	test('keyboard only: step the slider, open an event and a country', async ({ page }) => {
		const { expectClean } = trackProblems(page);
		await openExplorer(page, '?date=2005-04-25');
		await slider(page).focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '27 April 2005');
		await page.keyboard.press('PageUp');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '27 May 2005');
		await page.keyboard.press('Shift+ArrowLeft');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '24 May 2005');
		await expect(page).toHaveURL(/date=2005-05-24/);

		// Tab into the events: one tab stop, arrows between events, Enter opens.
		const events = page.getByRole('group', { name: 'Events, in date order' });
		await events.getByRole('button').first().focus();
		await page.keyboard.press('End');
		await expect(events.getByRole('button').last()).toBeFocused();
		await events.getByRole('button', { name: new RegExp(SEOUL_MELBOURNE) }).focus();
		await page.keyboard.press('Enter');
		await expect(
			page.getByRole('heading', { level: 2, name: new RegExp(SEOUL_MELBOURNE) })
		).toBeVisible();

		// Reach a country on the map with the keyboard and open it.
		await mapCountry(page, 'Australia').focus();
		await page.keyboard.press('ArrowUp');
		const focusedName = await page.evaluate(() =>
			document.activeElement?.getAttribute('aria-label')
		);
		expect(focusedName).toMatch(/^[A-Z][\w\s,.'-]+: \d+ instruments?$/);
		await page.keyboard.press('Enter');
		const country = focusedName!.split(':')[0];
		await expect(page.getByRole('heading', { level: 2, name: country })).toBeVisible();
		await expect(page).toHaveURL(/country=[A-Z]{3}/);
		expectClean();
	});

	test('Korea has the Seoul–Melbourne MoU only from 27 April 2005', async ({ page }) => {
		await openExplorer(page, '?date=2005-04-26');
		await mapCountry(page, 'South Korea').hover();
		await expect(tooltip(page)).toContainText('South Korea');
		await expect(tooltip(page)).toContainText('Australia–Korea MoU');
		await expect(tooltip(page)).not.toContainText(SEOUL_MELBOURNE);

		await openExplorer(page, '?date=2005-04-27');
		await mapCountry(page, 'South Korea').hover();
		await expect(tooltip(page)).toContainText(SEOUL_MELBOURNE);
	});

	for (const name of ['Singapore', 'Malta', 'Hong Kong SAR China']) {
		test(`${name}, a small state, can be pointed at`, async ({ page }) => {
			await openExplorer(page, '?date=2005-12-31');
			const state = mapCountry(page, name);
			await state.hover();
			await expect(tooltip(page)).toContainText(name);
			await expect(tooltip(page)).toContainText(/\d+ instruments? on 31 December 2005/);
		});
	}

	test('Escape hides a hover or focus tooltip until the pointer or focus moves on', async ({
		page
	}) => {
		await openExplorer(page, '?date=2005-06-01');
		await mapCountry(page, 'South Korea').hover();
		await expect(tooltip(page)).toContainText('South Korea');
		await page.keyboard.press('Escape');
		await expect(tooltip(page)).toBeHidden();
		// Still over Korea: it stays hidden; another country shows its own.
		await page.mouse.move(...(await centreOf(mapCountry(page, 'South Korea'), 1)));
		await expect(tooltip(page)).toBeHidden();
		await mapCountry(page, 'Australia').hover();
		await expect(tooltip(page)).toContainText('Australia');

		// The pointer leaves the map, so only the focused mark's tooltip is open.
		await page.mouse.move(0, 0);
		await expect(tooltip(page)).toBeHidden();
		const mark = page.getByRole('button', { name: new RegExp(SEOUL_MELBOURNE) });
		await mark.focus();
		await expect(tooltip(page)).toContainText(SEOUL_MELBOURNE);
		await page.keyboard.press('Escape');
		await expect(tooltip(page)).toBeHidden();
		await expect(mark).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect(tooltip(page)).toBeVisible();
	});

	test('the map does not move while the date passes events with longer titles', async ({
		page
	}) => {
		expect(await summaryHeightsOverEvents(page)).toHaveLength(1);
	});

	for (const name of ['United States', 'Australia', 'Japan', 'Brazil']) {
		test(`a keyboard-focused country's tooltip never covers ${name}, and stays on the map`, async ({
			page
		}) => {
			await openExplorer(page, '?date=2006-12-31');
			await page.keyboard.press('Tab');
			await mapCountry(page, name).focus();
			await expect(tooltip(page)).toContainText(name);
			const tip = (await tooltip(page).boundingBox())!;
			const shape = (await mapCountry(page, name).boundingBox())!;
			const map = (await page.getByRole('group', { name: /^World map/ }).boundingBox())!;
			const overlaps =
				tip.x < shape.x + shape.width &&
				shape.x < tip.x + tip.width &&
				tip.y < shape.y + shape.height &&
				shape.y < tip.y + tip.height;
			expect(overlaps, `tooltip ${JSON.stringify(tip)} over ${JSON.stringify(shape)}`).toBe(false);
			expect(tip.x).toBeGreaterThanOrEqual(map.x - 1);
			expect(tip.x + tip.width).toBeLessThanOrEqual(map.x + map.width + 1);
		});
	}

	test('hovering a country lights up its events on the timeline, and leaving clears it', async ({
		page
	}) => {
		await openExplorer(page, '?date=2005-06-01');
		const seoulMelbourne = page.getByRole('button', { name: new RegExp(SEOUL_MELBOURNE) });
		const marks = page.getByRole('group', { name: 'Events, in date order' }).getByRole('button');
		await mapCountry(page, 'South Korea').hover();
		await expect(tooltip(page)).toContainText('South Korea');
		await expect(seoulMelbourne).toHaveClass(/\blit\b/);
		await expect(marks.and(page.locator('.dim')).first()).toBeVisible();
		await page.mouse.move(1, 1);
		await expect(tooltip(page)).toBeHidden();
		await expect(seoulMelbourne).not.toHaveClass(/\blit\b/);
		await expect(marks.and(page.locator('.dim'))).toHaveCount(0);
	});

	test('hovering an event lights up its participants and names it', async ({ page }) => {
		await openExplorer(page, '?date=2005-06-01');
		await page.getByRole('button', { name: new RegExp(SEOUL_MELBOURNE) }).hover();
		await expect(tooltip(page)).toContainText(SEOUL_MELBOURNE);
		await expect(mapCountry(page, 'Taiwan')).toHaveClass(/role-bound/);
		await expect(mapCountry(page, 'France')).toHaveClass(/dim/);
	});

	test('the table lists the same counts as the map', async ({ page }) => {
		await openExplorer(page, '?date=2005-01-01');
		await page.getByRole('button', { name: 'Table' }).click();
		await expect(page).toHaveURL(/view=table/);
		const table = page.getByRole('table');
		await expect(table).toContainText('on 1 January 2005');
		const japan = table.getByRole('row', { name: /^Japan/ });
		await expect(japan).toContainText('London Action Plan');
		await table.getByRole('button', { name: 'Country' }).click();
		await expect(table.getByRole('columnheader', { name: 'Country' })).toHaveAttribute(
			'aria-sort',
			'ascending'
		);
	});

	test('filters change what the map counts and say so', async ({ page }) => {
		await openExplorer(page, '?date=2006-12-31');
		const before = await page.locator('.summary .line').innerText();
		// The filters stand open beside the map.
		await page
			.getByRole('checkbox', { name: 'Also count meetings attended, hosted or chaired' })
			.check();
		await expect(page).toHaveURL(/meetings=1/);
		await expect(page.locator('.summary .line')).toContainText('or one meeting');
		await page.getByRole('checkbox', { name: /Also count membership of the body/ }).check();
		await expect(page).toHaveURL(/members=1/);
		await expect(page.locator('.summary .line')).toContainText('(or through membership)');
		await page.getByRole('checkbox', { name: 'Only items named on the ITU page' }).check();
		await expect(page).toHaveURL(/seed=1/);
		await expect(
			page.locator('.legend').getByText(/filtered: items named on the ITU page only/)
		).toBeVisible();
		expect(await page.locator('.summary .line').innerText()).not.toBe(before);
	});

	test('play moves the date and pause stops it', async ({ page }) => {
		await openExplorer(page, '?date=2003-01-01');
		await page.getByRole('button', { name: 'Play' }).click();
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
		await expect(slider(page)).not.toHaveAttribute('aria-valuetext', '1 January 2003');
		await page.getByRole('button', { name: 'Pause' }).click();
		const value = await slider(page).getAttribute('aria-valuetext');
		await page.waitForTimeout(400);
		await expect(slider(page)).toHaveAttribute('aria-valuetext', value!);
		await expect(page).not.toHaveURL(/date=2003-01-01/);
	});

	test('while playing, the map names the event of the day and the cursor carries the date; Space and Escape pause', async ({
		page
	}) => {
		await openExplorer(page, '?date=2005-04-20');
		await page.getByRole('button', { name: 'Play' }).click();
		// Playback holds on 27 April 2005, the Seoul–Melbourne MoU's day.
		await expect(page.locator('.map-area').getByText('Seoul–Melbourne MoU')).toBeVisible();
		await expect(page.locator('.cursor').getByText('27 April 2005')).toBeVisible();
		// From the slider (the Play button would take Space itself).
		await slider(page).focus();
		await page.keyboard.press('Space');
		await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
		await expect(page).toHaveURL(/date=2005-04-2[7-9]/);
		await expect(page.locator('.map-area').getByText('Seoul–Melbourne MoU')).toBeHidden();
		await expect(page.locator('.cursor').getByText(/2005/)).toBeHidden();

		await page.getByRole('button', { name: 'Play' }).click();
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
		await slider(page).focus();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	});

	test('timeline zoom keeps the cursor on its day', async ({ page }) => {
		await openExplorer(page, '?date=2005-02-24');
		const zoomIn = page.getByRole('button', { name: 'Zoom in on the timeline' });
		for (let i = 0; i < 4; i++) await zoomIn.click();
		await expect(page.getByRole('button', { name: 'Reset zoom' })).toBeEnabled();
		await expect(
			page
				.locator('.tick')
				.filter({ hasText: /Feb|Mar|Jan/ })
				.first()
		).toBeVisible();
		await slider(page).focus();
		await page.keyboard.press('ArrowRight');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '25 February 2005');
		await page.getByRole('button', { name: 'Reset zoom' }).click();
		await expect(page.getByRole('button', { name: 'Reset zoom' })).toBeDisabled();
	});
});

test('playback pans a zoomed timeline to keep the cursor in view', async ({ page }) => {
	await openExplorer(page, '?date=2003-01-01');
	const zoomIn = page.getByRole('button', { name: 'Zoom in on the timeline' });
	// 64× zoom: a window of about three weeks, which playback leaves within a second.
	for (let i = 0; i < 6; i++) await zoomIn.click();
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(slider(page)).toHaveAttribute('aria-valuetext', /2003|2004/);
	await page.waitForTimeout(3000);
	await page.getByRole('button', { name: 'Pause' }).click();
	const value = await slider(page).getAttribute('aria-valuetext');
	expect(value).not.toBe('1 January 2003');
	const chart = (await page.locator('.chart').boundingBox())!;
	const handle = (await slider(page).boundingBox())!;
	const centre = handle.x + handle.width / 2;
	expect(centre).toBeGreaterThanOrEqual(chart.x);
	expect(centre).toBeLessThanOrEqual(chart.x + chart.width);
});

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	test('the map does not move while the date passes events with longer titles', async ({
		page
	}) => {
		expect(await summaryHeightsOverEvents(page)).toHaveLength(1);
	});

	test('one tap on a country opens it, and no tooltip stays to block the next tap', async ({
		page
	}) => {
		const { expectClean } = trackProblems(page);
		await openExplorer(page, '?date=2005-12-31');
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(360);
		await mapCountry(page, 'Australia').tap();
		await expect(page).toHaveURL(/country=AUS/);
		await expect(page.getByRole('heading', { level: 2, name: 'Australia' })).toBeVisible();
		await expect(page.getByRole('tooltip')).toHaveCount(0);
		await mapCountry(page, 'United States').tap();
		await expect(page).toHaveURL(/country=USA/);
		await expect(page.getByRole('heading', { level: 2, name: 'United States' })).toBeVisible();
		expectClean();
	});

	test('the timeline controls are at least 44 px tall and the cursor can be dragged', async ({
		page
	}) => {
		await openExplorer(page, '?date=2004-06-01');
		for (const name of ['Play', 'Next event']) {
			const box = (await page.getByRole('button', { name }).boundingBox())!;
			expect(box.height).toBeGreaterThanOrEqual(44);
		}
		const handle = (await slider(page).boundingBox())!;
		expect(handle.height).toBeGreaterThanOrEqual(44);
		await page.getByRole('button', { name: 'Next event' }).tap();
		await expect(slider(page)).not.toHaveAttribute('aria-valuetext', '1 June 2004');
	});

	test('every timeline mark is a target of at least 24 × 24 px', async ({ page }) => {
		await openExplorer(page, '?date=2005-12-31');
		await page.getByRole('button', { name: 'Events' }).tap();
		const marks = page.locator('#timeline-lanes').getByRole('button');
		await expect(marks.first()).toBeVisible();
		const sizes = await marks.evaluateAll((elements) =>
			elements.map((element) => {
				const { width, height } = element.getBoundingClientRect();
				return Math.min(width, height);
			})
		);
		expect(sizes.length).toBeGreaterThan(40);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
	});

	test('a panel opens as a sheet of about half the screen; pulled down by its handle, it closes', async ({
		page
	}) => {
		await openExplorer(page, '?date=2005-12-31&country=KOR');
		const sheet = page.locator('.sheet');
		const box = (await sheet.boundingBox())!;
		expect(box.height).toBeGreaterThan(740 * 0.3);
		expect(box.height).toBeLessThan(740 * 0.7);
		await expect(slider(page)).toBeInViewport();
		// Its content scrolls inside it, to the last of South Korea's events.
		const last = sheet.getByRole('listitem').last();
		await last.scrollIntoViewIfNeeded();
		await expect(last).toBeInViewport();
		await expect(slider(page)).toBeInViewport();
		const [x, y] = await centreOf(sheet.locator('.grab'));
		// A short pull springs back…
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x, y + 30, { steps: 3 });
		await page.mouse.up();
		await expect(page).toHaveURL(/country=KOR/);
		await expect(page.getByRole('heading', { level: 2, name: 'South Korea' })).toBeInViewport();
		await expect(sheet).toHaveCSS('transform', 'none');
		// …a long one closes the sheet.
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x, y + 120, { steps: 5 });
		await page.mouse.up();
		await expect(page).not.toHaveURL(/country=/);
		await expect(sheet).toHaveCount(0);
	});

	test('the table is stacked rows that fit the screen, nothing cut', async ({ page }) => {
		await openExplorer(page, '?date=2005-12-31&view=table');
		const table = page.getByRole('table');
		await expect(table.getByRole('rowheader', { name: 'Spain' })).toBeVisible();
		const overflow = await page.locator('.map-area').evaluate((area) => {
			const scroller = area.querySelector('.wrap')!;
			const cells = [...area.querySelectorAll('th, td')].map((cell) =>
				cell.getBoundingClientRect()
			);
			return {
				sideways: scroller.scrollWidth - scroller.clientWidth,
				right: Math.max(...cells.map((cell) => cell.right))
			};
		});
		expect(overflow.sideways).toBeLessThanOrEqual(0);
		expect(overflow.right).toBeLessThanOrEqual(360);
		await expect(slider(page)).toBeInViewport();
	});
});

/** A point `offset` px right of the centre of `locator`'s box. */
async function centreOf(locator: Locator, offset = 0): Promise<[number, number]> {
	const box = await locator.boundingBox();
	if (!box) throw new Error('Not visible');
	return [box.x + box.width / 2 + offset, box.y + box.height / 2];
}

/** The distinct heights of the day summary while the slider jumps from event to event. */
async function summaryHeightsOverEvents(page: Page): Promise<number[]> {
	await openExplorer(page, '?date=2003-01-01');
	await slider(page).focus();
	const heights = new Set<number>();
	/** Days whose summary needs more lines than its box keeps for it. */
	const overflowing: string[] = [];
	for (let i = 0; i < 50; i++) {
		await page.keyboard.press('Shift+ArrowRight');
		const { height, fits, text } = await page.locator('.summary').evaluate((element) => {
			const words = element.querySelector('.line .words')!;
			return {
				height: element.getBoundingClientRect().height,
				fits: words.scrollHeight <= words.clientHeight + 1,
				text: element.textContent!.replace(/\s+/g, ' ')
			};
		});
		heights.add(height);
		if (!fits) overflowing.push(text);
	}
	expect(overflowing, 'summaries longer than their box').toEqual([]);
	return [...heights];
}

test.describe('panels follow the reader', () => {
	const details = (page: import('@playwright/test').Page) =>
		page.getByRole('complementary', { name: 'Details' });

	test('an event opened from the country panel takes the focus; Escape gives it back', async ({
		page
	}) => {
		await openExplorer(page, '?date=2005-12-31&country=KOR');
		const story = details(page).getByRole('button', { name: /^Seoul–Melbourne multilateral MoU/ });
		await story.click();
		const eventHeading = details(page).getByRole('heading', { level: 2, name: SEOUL_MELBOURNE });
		await expect(eventHeading).toBeFocused();
		await expect(details(page).getByRole('link', { name: 'Full page' }).first()).toHaveAttribute(
			'href',
			'/events/seoul-melbourne-multilateral-mou-2005'
		);
		// The event replaces the country's panel, with a trail back to it.
		const trail = details(page).getByRole('navigation', { name: 'Panel trail' });
		await expect(trail).toHaveText(/South Korea\s*›\s*Seoul–Melbourne MoU/);
		await expect(
			details(page).getByRole('heading', { level: 2, name: 'South Korea' })
		).toBeHidden();
		await page.keyboard.press('Escape');
		await expect(eventHeading).toBeHidden();
		await expect(page).toHaveURL(/&country=KOR$/);
		await expect(story).toBeFocused();
		await expect(trail).toBeHidden();
	});

	test('a country opened from the event panel covers it; its trail leads back', async ({
		page
	}) => {
		await openExplorer(page, '?date=2005-04-27&event=seoul-melbourne-multilateral-mou-2005');
		const participant = details(page).getByRole('button', { name: 'South Korea', exact: true });
		await participant.click();
		const countryHeading = details(page).getByRole('heading', { level: 2, name: 'South Korea' });
		await expect(countryHeading).toBeFocused();
		await expect(details(page).getByRole('heading', { name: SEOUL_MELBOURNE })).toBeHidden();
		const back = details(page).getByRole('button', { name: 'Back to Seoul–Melbourne MoU' });
		await back.click();
		await expect(countryHeading).toBeHidden();
		await expect(page).not.toHaveURL(/country=/);
		await expect(participant).toBeFocused();
	});

	test('closing returns the focus to the mark that opened the panel, never to the body', async ({
		page
	}) => {
		await openExplorer(page, '?date=2005-06-01');
		const mark = page.getByRole('button', { name: new RegExp(SEOUL_MELBOURNE) });
		await mark.focus();
		await page.keyboard.press('Enter');
		const close = page.getByRole('button', { name: 'Close event details' });
		await close.click();
		await expect(close).toBeHidden();
		await expect(mark).toBeFocused();
	});

	test('Escape closes an open panel from the map, once no tooltip is shown', async ({ page }) => {
		await openExplorer(page, '?date=2005-12-31&country=AUS');
		await expect(details(page).getByRole('heading', { level: 2, name: 'Australia' })).toBeVisible();
		await page.mouse.move(0, 0);
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(/\?date=2005-12-31$/);
		await expect(details(page).getByRole('link', { name: 'Full page' })).toHaveCount(0);
	});
});

test('arrowing through the country list adds one history entry, not one per country', async ({
	page
}) => {
	await openExplorer(page, '?date=2005-12-31');
	const length = await page.evaluate(() => history.length);
	const finder = page.getByRole('combobox', { name: 'Country' });
	await finder.focus();
	for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
	await expect(page).toHaveURL(/country=[A-Z]{3}/);
	// The four changes land one after another: wait until the address shows the list's last one.
	await expect
		.poll(
			async () => new URL(page.url()).searchParams.get('country') === (await finder.inputValue())
		)
		.toBe(true);
	expect(await page.evaluate(() => history.length)).toBe(length + 1);
	await page.goBack();
	await expect(page).toHaveURL(/\?date=2005-12-31$/);
});
