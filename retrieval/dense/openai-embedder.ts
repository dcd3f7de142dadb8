import OpenAI from 'openai';
import type { Embedder } from './embedder.js';

export interface OpenAIEmbedderOptions {
  readonly apiKey: string;
  readonly baseURL?: string;
  readonly model: string;
  readonly timeoutMs: number;
}

const normalise = (v: readonly number[]): Float32Array => {
  const out = Float32Array.from(v);
  let n = 0;
  for (const x of out) n += x * x;
  n = Math.sqrt(n) || 1;
  for (let i = 0; i < out.length; i++) out[i]! /= n;
  return out;
};

/**
 * Embeddings from any OpenAI-compatible /v1/embeddings endpoint. The dimension count is asked of the server once
 * (a one-word probe), so any model works and the index manifest records what it really is.
 */
export async function createOpenAIEmbedder(o: OpenAIEmbedderOptions): Promise<Embedder> {
  const client = new OpenAI({ apiKey: o.apiKey, timeout: o.timeoutMs, maxRetries: 2, ...(o.baseURL ? { baseURL: o.baseURL } : {}) });
  const embed = async (texts: readonly string[]): Promise<Float32Array[]> => {
    if (texts.length === 0) return [];
    const res = await client.embeddings.create({ model: o.model, input: [...texts] });
    const data = [...res.data].sort((a, b) => a.index - b.index);
    if (data.length !== texts.length) throw new Error(`embeddings: asked for ${texts.length}, got ${data.length}`);
    return data.map((d) => normalise(d.embedding));
  };
  const [probe] = await embed(['chuyển đổi số']);
  if (!probe || probe.length === 0) throw new Error(`embedding model ${o.model} returned an empty vector`);
  return { id: `openai:${o.baseURL ?? 'api.openai.com'}:${o.model}`, dimensions: probe.length, embed };
}
