"""slovnet's word embedding and CNN encoder, the part all three models share, done with less copying.

slovnet keeps activations as (batch, channels, words) and turns them around for every step:
each convolution pads a fresh copy and gathers its windows through a view whose innermost
stride is a whole row of words, so building the window matrix costs more than the matrix
product it feeds. Here activations stay (batch, words, channels) from the embedding to the
head, and every float is computed by the same operation on the same operands as in slovnet:
the window matrix has the same rows and columns (channel-major, then kernel position), it
meets the same weights in one ``matmul``, and bias, ReLU, batch norm and the padding mask
follow in slovnet's order. The models' outputs are therefore the same to the bit
(``tests/nlp/test_tagging.py`` compares them), only the memory traffic is smaller.

The word vectors (navec) are looked up once per distinct word of a batch.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def embed(emb: Any, word_id: np.ndarray, shape_id: np.ndarray) -> np.ndarray:
    """``WordShapeEmbedding``: navec vector and shape vector of each word, side by side."""
    distinct, where = np.unique(word_id.ravel(), return_inverse=True)
    words = emb.word(distinct)[where.reshape(word_id.shape)]
    return np.concatenate((words, emb.shape(shape_id)), axis=-1)


def _conv(conv: Any, x: np.ndarray) -> np.ndarray:
    """``Conv1d`` over (batch, words, channels), as slovnet computes it: zero padding on both
    sides, a (batch * windows, channels * kernel) matrix times the weights, plus the bias."""
    filters, channels, kernel = conv.weight.shape
    batch, length, _ = x.shape
    pad = conv.padding
    padded = np.zeros((batch, length + 2 * pad, channels), dtype=x.dtype)
    padded[:, pad:pad + length] = x
    width = length + 2 * pad - kernel + 1
    windows = np.empty((batch, width, channels, kernel), dtype=x.dtype)
    for k in range(kernel):
        windows[:, :, :, k] = padded[:, k:k + width]
    weight = conv.weight.array.reshape(filters, channels * kernel)
    out = np.matmul(windows.reshape(batch * width, channels * kernel), weight.T) + conv.bias.array
    return out.reshape(batch, width, filters)


def _layer(layer: Any, x: np.ndarray, pad_mask: np.ndarray) -> np.ndarray:
    """``CNNEncoderLayer`` (convolution, ReLU, batch norm) and then the padding zeroed, as
    ``CNNEncoder`` does after every layer."""
    x = _conv(layer.conv, x).clip(0)
    norm = layer.norm
    x -= norm.mean.array
    x /= norm.std.array
    x *= norm.weight.array
    x += norm.bias.array
    x[pad_mask] = 0
    return x


def encode(model: Any, word_id: np.ndarray, shape_id: np.ndarray, pad_mask: np.ndarray) -> np.ndarray:
    """What slovnet's tagger or parser feeds its head: ``model.encoder(model.emb(...), pad_mask)``,
    (batch, words, channels)."""
    x = embed(model.emb, word_id, shape_id)
    for layer in model.encoder.layers:
        x = _layer(layer, x, pad_mask)
    return x
