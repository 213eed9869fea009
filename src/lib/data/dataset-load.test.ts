import { afterEach, describe, expect, it, vi } from 'vitest';
import { rawEvents } from './events';

afterEach(() => {
	vi.doUnmock('./events');
	vi.resetModules();
});

describe('dataset module', () => {
	it('fails to load, naming the event and the field, when the dataset is invalid', async () => {
		const [first, ...rest] = rawEvents;
		const broken = [{ ...first, date: '2005-02-30' }, ...rest];
		vi.resetModules();
		vi.doMock('./events', () => ({ rawEvents: broken }));
		await expect(import('./dataset')).rejects.toThrow(`${first.id}.date: not YYYY-MM-DD`);
	});

	it('loads the real dataset', async () => {
		vi.resetModules();
		await expect(import('./dataset')).resolves.toHaveProperty('events');
	});
});
