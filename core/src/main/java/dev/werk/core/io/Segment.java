package dev.werk.core.io;

/**
 * Where an utterance sits in a recording, for formats that say so: an STM segment, or the words
 * of one CTM file/channel.
 *
 * @param file     the recording (STM and CTM first field)
 * @param channel  the channel within the recording
 * @param speaker  the speaker (STM), or null when the format has none (CTM)
 * @param begin    start time in seconds
 * @param end      end time in seconds
 * @param labels   the STM label field as written, e.g. {@code <o,f0,male>}, or null
 * @param excluded true for an STM segment marked {@code IGNORE_TIME_SEGMENT_IN_SCORING}: it is
 *                 not scored, and hypothesis words that fall into it are dropped
 */
public record Segment(String file, String channel, String speaker, double begin, double end, String labels,
                      boolean excluded) {
}
