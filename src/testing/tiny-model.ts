/**
 * Tiny, fully offline BERT-like embedding model for tests, the eval and the bench.
 * (Over 300 lines on purpose: the graph, the tokenizer and the config must agree
 * token for token, and this comment records how transformers.js loads them.)
 *
 * `createTinyModel(dir)` writes a model directory that `@huggingface/transformers`
 * (verified with v4.3.2, onnxruntime-node 1.30) loads with NO network access:
 *
 *   dir/config.json              {"model_type":"bert", "hidden_size": dim, ...}
 *   dir/tokenizer.json           WordPiece tokenizer (BertNormalizer, BertPreTokenizer,
 *                                TemplateProcessing "[CLS] $A [SEP]")
 *   dir/tokenizer_config.json    BertTokenizer, pad_token "[PAD]", model_max_length 512
 *   dir/onnx/model.onnx          ONNX IR 8 / opset 13 graph:
 *                                last_hidden_state = (E[input_ids] + T[token_type_ids]) * mask
 *
 * How to load a local directory offline in transformers v4.3 (what the tests and the
 * production code for `EMBEDDING_MODEL_PATH` should do):
 *
 *   import { env, pipeline } from '@huggingface/transformers';
 *   env.allowRemoteModels = false;   // set BEFORE any load; makes every missing file a hard error
 *   env.allowLocalModels = true;     // default in Node, set explicitly anyway
 *   const extractor = await pipeline('feature-extraction', path.resolve(dir), {
 *     dtype: 'fp32',                 // -> onnx/model.onnx (q8 would ask for onnx/model_quantized.onnx)
 *     device: 'cpu',
 *   });
 *   const t = await extractor(texts, { pooling: 'mean', normalize: true }); // t.dims == [n, dim]
 *
 * Notes / pitfalls (from reading src/utils/hub.js, src/utils/dtypes.js, src/models/session.js):
 * - Pass the ABSOLUTE directory as the model id. transformers only prefixes
 *   `env.localModelPath` when the id matches the HF repo-id regex
 *   (`^([\w\-.]+/)?[\w\-.]{1,96}$`, i.e. "name" or "org/name"). An absolute path such as
 *   "/tmp/x/model" does not match, so it is read as-is and `env.localModelPath` is irrelevant.
 *   A RELATIVE path like "models/e5" DOES match the regex and is resolved as
 *   `${env.localModelPath}/models/e5` (localModelPath defaults to `<transformers pkg>/models/`),
 *   and — with remote models allowed — a local miss is then fetched from the model hub as repo
 *   "models/e5". Always `path.resolve()` the directory.
 * - Alternative equivalent form: `env.localModelPath = parentDir` and pass the bare folder name
 *   as the id. The absolute-path form is simpler.
 * - PITFALL: `pipeline(task, id, { local_files_only: true })` is NOT enough. In v4.3.2
 *   `pipeline()` first calls `get_pipeline_files(task, model, { device, dtype })` WITHOUT
 *   forwarding `local_files_only`, so for a repo-id-shaped id whose files are missing locally it
 *   still requests `<hub>/<id>/resolve/main/config.json` from the model hub (verified by
 *   instrumenting `env.fetch`). `env.allowRemoteModels = false` is the switch that actually
 *   blocks all remote loads; with it, a missing file throws `ModelFileNotFoundError` promptly
 *   ("`local_files_only=true` or `env.allowRemoteModels=false` and file was not found locally at
 *   \"<dir>/config.json\"") instead of hanging. An absolute path is never a valid repo id, so even
 *   with remote allowed a missing absolute dir fails fast ("Local file missing at ... download
 *   aborted due to invalid model ID"), but do not rely on that.
 * - All network traffic goes through `env.fetch` (captured from globalThis.fetch at import time),
 *   so tests can replace `env.fetch` with a throwing spy to prove nothing hits the network;
 *   patching `globalThis.fetch` after import has no effect.
 * - dtype: on the Node 'cpu' device the default dtype is fp32 -> `onnx/model.onnx`. Only the
 *   wasm device defaults to q8 (`onnx/model_quantized.onnx`). Passing `dtype: 'fp32'` makes it
 *   explicit (a `transformers.js_config.dtype` in config.json would otherwise be honoured).
 *   Asking for `dtype: 'q8'` against this directory fails fast with "file was not found locally at
 *   <dir>/onnx/model_quantized.onnx". Other suffixes: fp16 -> model_fp16.onnx, q4 ->
 *   model_q4.onnx, etc. The subfolder defaults to "onnx" (option `subfolder`).
 * - The model's input names drive what is fed: since the graph declares `token_type_ids`,
 *   transformers feeds the tokenizer's token_type_ids (or zeros if absent).
 * - Local files are read straight from disk; nothing is copied into `env.cacheDir`
 *   (no `.cache` dir appeared under the transformers package after loading).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import onnxProto from 'onnx-proto';
import { mulberry32 } from './random.js';

const { onnx } = onnxProto;

export interface TinyModelOptions {
  /** Hidden size / embedding dimension. Default 32. */
  dim?: number;
  /** Seed for the deterministic pseudo-random embedding tables. Default 42. */
  seed?: number;
  /**
   * Vocabulary (excluding the special tokens, which are always prepended:
   * [PAD]=0, [UNK]=1, [CLS]=2, [SEP]=3, [MASK]=4). Default: DEFAULT_VOCAB.
   */
  vocab?: string[];
}

const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');
const DIGITS = '0123456789'.split('');
// Every char that BertPreTokenizer splits off as punctuation in typical text.
const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~€£°§«»“”‘’–—…•'.split('');

const WORDS = [
  // e5-style prefixes and retrieval words
  'query', 'passage', 'question', 'answer', 'document', 'source',
  // English
  'the', 'a', 'an', 'and', 'or', 'not', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will',
  'would', 'can', 'could', 'should', 'may', 'must', 'this', 'that', 'these', 'those', 'it', 'its',
  'what', 'which', 'who', 'when', 'where', 'why', 'how', 'many', 'much', 'more', 'most', 'all',
  'some', 'any', 'no', 'yes', 'if', 'then', 'than', 'there', 'their', 'they', 'we', 'you', 'i',
  'he', 'she', 'his', 'her', 'our', 'your', 'about', 'into', 'over', 'under', 'between', 'after',
  'before', 'during', 'year', 'years', 'number', 'people', 'government', 'minister', 'policy',
  'integration', 'pact', 'language', 'dutch', 'work', 'job', 'jobs', 'school', 'city', 'cities',
  'flemish', 'flanders', 'brussels', 'parliament', 'written', 'new', 'old', 'first', 'last',
  // Dutch
  'de', 'het', 'een', 'en', 'of', 'niet', 'van', 'naar', 'op', 'aan', 'met', 'door', 'voor', 'bij',
  'uit', 'over', 'onder', 'tussen', 'na', 'tot', 'om', 'als', 'dan', 'dat', 'die', 'dit', 'deze',
  'wat', 'wie', 'waar', 'wanneer', 'waarom', 'hoe', 'hoeveel', 'welke', 'is', 'zijn', 'was',
  'waren', 'wordt', 'worden', 'werd', 'werden', 'heeft', 'hebben', 'had', 'kan', 'kunnen', 'zal',
  'zullen', 'moet', 'moeten', 'mag', 'wil', 'ook', 'nog', 'al', 'er', 'hier', 'daar', 'zo', 'maar',
  'want', 'dus', 'omdat', 'ik', 'je', 'jij', 'u', 'hij', 'zij', 'ze', 'wij', 'we', 'ons', 'hun',
  'haar', 'zijn', 'mijn', 'uw', 'geen', 'alle', 'veel', 'meer', 'meest', 'jaar', 'jaren', 'aantal',
  'mensen', 'minister', 'vlaamse', 'vlaanderen', 'regering', 'beleid', 'integratie', 'inburgering',
  'integratiepact', 'nederlands', 'taal', 'werk', 'werkgelegenheid', 'onderwijs', 'school',
  'stad', 'steden', 'gemeente', 'gemeenten', 'parlement', 'schriftelijke', 'vraag', 'vragen',
  'antwoord', 'nieuwe', 'eerste', 'laatste', 'gelijke', 'kansen', 'diversiteit', 'armoede',
  'wonen', 'huisvesting', 'discriminatie', 'nieuwkomers', 'migranten', 'personen', 'cijfers',
];

// Common WordPiece continuation pieces (suffixes) in Dutch and English.
const SUFFIXES = [
  'en', 'er', 'ers', 'ing', 'ingen', 'ed', 'es', 's', 'ly', 'tion', 'tions', 'ment', 'heid',
  'heden', 'lijk', 'lijke', 'ig', 'ige', 'isch', 'ische', 'te', 'ten', 'de', 'den', 'je', 'jes',
  'st', 'ste', 'al', 'ale', 'ies', 'ity', 'ness', 'able', 'ation', 'atie', 'aties', 'beleid',
  'pact', 'raad', 'werk',
];

/** Default vocabulary (special tokens are added separately, in front). */
const DEFAULT_VOCAB: readonly string[] = Object.freeze(
  dedupe([
    ...PUNCTUATION,
    ...DIGITS,
    ...LETTERS,
    ...DIGITS.map((d) => `##${d}`),
    ...LETTERS.map((c) => `##${c}`),
    ...WORDS,
    ...SUFFIXES.map((s) => `##${s}`),
  ]),
);

function dedupe(tokens: readonly string[]): string[] {
  return [...new Set(tokens)];
}


function randomTable(rows: number, cols: number, rand: () => number, scale = 1): Float32Array {
  const out = new Float32Array(rows * cols);
  for (let i = 0; i < out.length; i++) out[i] = (rand() * 2 - 1) * scale;
  return out;
}

function bytesOf(view: ArrayBufferView): Uint8Array {
  // Copy so the protobuf writer never sees a view into a larger/shared buffer.
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

type DimSpec = string | number;

function tensorType(elemType: number, dims: DimSpec[]): onnxProto.onnx.ITypeProto {
  return {
    tensorType: {
      elemType,
      shape: {
        dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })),
      },
    },
  };
}

function buildOnnxModel(vocabSize: number, dim: number, seed: number): Uint8Array {
  const { TensorProto } = onnx;
  const FLOAT = TensorProto.DataType.FLOAT;
  const INT64 = TensorProto.DataType.INT64;

  const rand = mulberry32(seed);
  const wordEmb = randomTable(vocabSize, dim, rand);
  const typeEmb = randomTable(2, dim, rand, 0.1);

  const initializers: onnxProto.onnx.ITensorProto[] = [
    { name: 'word_embeddings', dataType: FLOAT, dims: [vocabSize, dim], rawData: bytesOf(wordEmb) },
    { name: 'token_type_embeddings', dataType: FLOAT, dims: [2, dim], rawData: bytesOf(typeEmb) },
    // opset 13: Unsqueeze takes `axes` as an int64 tensor input.
    { name: 'unsqueeze_axes', dataType: INT64, dims: [1], rawData: bytesOf(new BigInt64Array([-1n])) },
  ];

  const nodes: onnxProto.onnx.INodeProto[] = [
    { opType: 'Gather', name: 'gather_word', input: ['word_embeddings', 'input_ids'], output: ['word_vecs'], attribute: [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 0 }] },
    { opType: 'Gather', name: 'gather_type', input: ['token_type_embeddings', 'token_type_ids'], output: ['type_vecs'], attribute: [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 0 }] },
    { opType: 'Add', name: 'add_emb', input: ['word_vecs', 'type_vecs'], output: ['emb'] },
    { opType: 'Cast', name: 'cast_mask', input: ['attention_mask'], output: ['mask_f'], attribute: [{ name: 'to', type: onnx.AttributeProto.AttributeType.INT, i: FLOAT }] },
    { opType: 'Unsqueeze', name: 'unsqueeze_mask', input: ['mask_f', 'unsqueeze_axes'], output: ['mask_3d'] },
    { opType: 'Mul', name: 'apply_mask', input: ['emb', 'mask_3d'], output: ['last_hidden_state'] },
  ];

  const model = onnx.ModelProto.create({
    irVersion: 8,
    opsetImport: [{ domain: '', version: 13 }],
    producerName: 'tiny-model-test-helper',
    producerVersion: '1',
    graph: {
      name: 'tiny_bert',
      node: nodes,
      initializer: initializers,
      input: [
        { name: 'input_ids', type: tensorType(INT64, ['batch', 'seq']) },
        { name: 'attention_mask', type: tensorType(INT64, ['batch', 'seq']) },
        { name: 'token_type_ids', type: tensorType(INT64, ['batch', 'seq']) },
      ],
      output: [{ name: 'last_hidden_state', type: tensorType(FLOAT, ['batch', 'seq', dim]) }],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}

function buildTokenizerJson(vocabList: readonly string[]): object {
  const vocab: Record<string, number> = {};
  vocabList.forEach((tok, i) => {
    vocab[tok] = i;
  });
  const id = (t: string): number => {
    const v = vocab[t];
    if (v === undefined) throw new Error(`missing special token ${t}`);
    return v;
  };
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((content) => ({
      id: id(content),
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: {
      type: 'BertNormalizer',
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: true,
      lowercase: true,
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
      ],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [id('[CLS]')], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [id('[SEP]')], tokens: ['[SEP]'] },
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab,
    },
  };
}

function buildTokenizerConfig(): object {
  const addedTokensDecoder: Record<string, object> = {};
  SPECIAL_TOKENS.forEach((content, i) => {
    addedTokensDecoder[String(i)] = {
      content,
      lstrip: false,
      normalized: false,
      rstrip: false,
      single_word: false,
      special: true,
    };
  });
  return {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    strip_accents: null,
    tokenize_chinese_chars: true,
    clean_up_tokenization_spaces: true,
    model_max_length: 512,
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    mask_token: '[MASK]',
    added_tokens_decoder: addedTokensDecoder,
  };
}

function buildConfig(dim: number, vocabSize: number): object {
  return {
    architectures: ['BertModel'],
    model_type: 'bert',
    hidden_size: dim,
    num_hidden_layers: 0,
    num_attention_heads: 1,
    intermediate_size: dim,
    max_position_embeddings: 512,
    type_vocab_size: 2,
    vocab_size: vocabSize,
    pad_token_id: 0,
    layer_norm_eps: 1e-12,
    hidden_act: 'gelu',
    torch_dtype: 'float32',
  };
}

/**
 * Writes a tiny BERT-like feature-extraction model into `dir` (created if missing).
 * Deterministic: the same (dim, seed, vocab) always produces byte-identical files.
 */
export async function createTinyModel(
  dir: string,
  options: TinyModelOptions = {},
): Promise<{ dir: string; dim: number; vocabSize: number }> {
  const dim = options.dim ?? 32;
  const seed = options.seed ?? 42;
  if (!Number.isInteger(dim) || dim <= 0) throw new Error(`dim must be a positive integer, got ${dim}`);

  const specials = new Set<string>(SPECIAL_TOKENS);
  const vocabList = dedupe([
    ...SPECIAL_TOKENS,
    ...(options.vocab ?? DEFAULT_VOCAB).filter((t) => !specials.has(t)),
  ]);
  const vocabSize = vocabList.length;

  const absDir = path.resolve(dir);
  await mkdir(path.join(absDir, 'onnx'), { recursive: true });
  const json = (v: object): string => `${JSON.stringify(v, null, 2)}\n`;

  await Promise.all([
    writeFile(path.join(absDir, 'config.json'), json(buildConfig(dim, vocabSize))),
    writeFile(path.join(absDir, 'tokenizer.json'), json(buildTokenizerJson(vocabList))),
    writeFile(path.join(absDir, 'tokenizer_config.json'), json(buildTokenizerConfig())),
    writeFile(
      path.join(absDir, 'special_tokens_map.json'),
      json({ pad_token: '[PAD]', unk_token: '[UNK]', cls_token: '[CLS]', sep_token: '[SEP]', mask_token: '[MASK]' }),
    ),
    writeFile(path.join(absDir, 'onnx', 'model.onnx'), buildOnnxModel(vocabSize, dim, seed)),
  ]);

  return { dir: absDir, dim, vocabSize };
}
