/**
 * The video the animated export writes (VP8 through WebCodecs), and whether this browser can write
 * it: asked when the export's panel opens, before the encoder and muxer load.
 */

/** The encoder's settings: VP8 at 2.5 Mbit/s, which keeps flat colours and words sharp at 1200 × 675. */
export function videoConfig(width: number, height: number, fps: number): VideoEncoderConfig {
	return { codec: 'vp8', width, height, bitrate: 2_500_000, framerate: fps };
}

/** Whether this browser can encode the video (WebCodecs with VP8 at this size). */
export async function canWriteWebm(width: number, height: number, fps: number): Promise<boolean> {
	if (typeof VideoEncoder === 'undefined') return false;
	try {
		const { supported } = await VideoEncoder.isConfigSupported(videoConfig(width, height, fps));
		return supported === true;
	} catch {
		return false;
	}
}
