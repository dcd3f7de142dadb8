/**
 * A channel that can show an answer as it is written puts a sink in botbuilder's turnState under this key; the bot
 * hands it to the answer engine, which calls it with verified text only. Channels without one get the whole answer.
 */
export const STREAM_SINK = Symbol('streamSink');

export type StreamSink = (delta: string) => void;
