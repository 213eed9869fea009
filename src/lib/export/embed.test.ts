import { describe, expect, it, vi } from 'vitest';
import { EMBED_HEIGHT, HEIGHT_MESSAGE, embedCode, reportHeight } from './embed';

describe('embedCode', () => {
	it.each([
		[
			'a view',
			'https://atlas.example/embed?date=2005-04-27&country=KOR',
			'Anti-Spam Cooperation Atlas, 2003–2006',
			'src="https://atlas.example/embed?date=2005-04-27&amp;country=KOR"'
		],
		[
			'a title with quotes and markup',
			'https://atlas.example/fr/embed',
			'Atlas "de" <la> coopération',
			'title="Atlas &quot;de&quot; &lt;la> coopération"'
		]
	])('frames %s, lazily, with a title and a height', (_, src, title, expected) => {
		const code = embedCode(src, title);
		expect(code).toContain(expected);
		expect(code).toMatch(/^<iframe [^<]*><\/iframe>$/);
		expect(code).toContain('loading="lazy"');
		expect(code).toContain(`height="${EMBED_HEIGHT}"`);
	});
});

describe('reportHeight', () => {
	it('posts nothing when the page is not framed (its host is itself)', () => {
		const self = { postMessage: vi.fn() };
		vi.stubGlobal('window', self);
		reportHeight({} as HTMLElement, self as unknown as Window)();
		expect(self.postMessage).not.toHaveBeenCalled();
		vi.unstubAllGlobals();
	});

	it('posts the height once, then on each change, until stopped', () => {
		let bottom = 500;
		let observed: () => void = () => {};
		const disconnect = vi.fn();
		vi.stubGlobal('window', { scrollY: 20 });
		vi.stubGlobal(
			'ResizeObserver',
			class {
				constructor(callback: () => void) {
					observed = callback;
				}
				observe() {}
				disconnect = disconnect;
			}
		);
		const host = { postMessage: vi.fn() } as unknown as Window;
		const element = { getBoundingClientRect: () => ({ bottom }) } as HTMLElement;
		const stop = reportHeight(element, host);
		observed();
		bottom = 612.4;
		observed();
		expect(vi.mocked(host.postMessage).mock.calls).toEqual([
			[{ type: HEIGHT_MESSAGE, height: 520 }, '*'],
			[{ type: HEIGHT_MESSAGE, height: 633 }, '*']
		]);
		stop();
		expect(disconnect).toHaveBeenCalled();
		vi.unstubAllGlobals();
	});
});
