"""Reading and querying mappings/language-model.txt (scripts/build-language-model) from Python:
the same symbols and the same backoff as LanguageModel.swift, for reports (perplexity) and
for checking the Swift reader against an independent one."""
import base64
import struct

import numpy as np

#: The symbols (LanguageModel.swift has the same): 0 the start or end of a line, 1-91 the
#: Thai block U+0E01-U+0E5B, then a space, a Latin letter, an ASCII digit, anything else.
SYMBOLS = 96
#: Bits a symbol takes in a packed key.
BITS = 7
BOUNDARY, SPACE, LATIN, DIGIT, OTHER = 0, 92, 93, 94, 95
#: log10 probability of a symbol the model never saw (a Thai code point the corpus lacks).
UNSEEN = -7.65


def symbol(c):
    o = ord(c)
    if 0x0E01 <= o <= 0x0E5B:
        return o - 0x0E00
    if c.isspace():
        return SPACE
    if c.isascii() and c.isalpha():
        return LATIN
    if c.isascii() and c.isdigit():
        return DIGIT
    return OTHER


#: Quantisation of log10 values in the packed model: a probability is stored as
#: round(-log10 p / STEP) (0...255, so down to -7.65), a backoff weight as
#: round(log10 w / STEP) + BACKOFF_ZERO (-6.72...+0.93).
STEP = 0.03
BACKOFF_ZERO = 224


class LanguageModel:
    def __init__(self, path):
        body = "".join(line.strip() for line in open(path, encoding="ascii") if not line.startswith("#"))
        data = base64.b64decode(body)
        assert data[:5] == b"TNLM2", "not a thainorm language model"
        self.order, self.symbols = struct.unpack_from("<BB", data, 5)
        at = 7
        self.tables = [None]
        for n in range(1, self.order + 1):
            (count,) = struct.unpack_from("<I", data, at)
            at += 4
            keys = np.frombuffer(data, "<u4", count, at); at += 4 * count
            lp = -np.frombuffer(data, np.uint8, count, at).astype(np.float64) * STEP; at += count
            if n < self.order:
                bo = (np.frombuffer(data, np.uint8, count, at).astype(np.float64) - BACKOFF_ZERO) * STEP; at += count
            else:
                bo = np.zeros(count)
            self.tables.append((keys, lp, bo))
        self.cache = {}

    def index(self, symbols):
        """The entry index of an n-gram (a tuple of symbols) in its order's table, or -1."""
        symbols = tuple(symbols)
        if symbols in self.cache:
            return self.cache[symbols]
        n = len(symbols)
        if n == 1:
            key = symbols[0]
        else:
            parent = self.index(symbols[:-1])
            key = None if parent < 0 else (parent << BITS) | symbols[-1]
        found = -1
        if key is not None:
            keys = self.tables[n][0]
            i = int(np.searchsorted(keys, key))
            found = i if i < keys.size and int(keys[i]) == key else -1
        self.cache[symbols] = found
        return found

    def log10p(self, history, s):
        """log10 P(s | history), history a list of symbols (oldest first)."""
        history = list(history[-(self.order - 1):]) if self.order > 1 else []
        penalty = 0.0
        for n in range(len(history) + 1, 0, -1):
            context = history[len(history) - (n - 1):] if n > 1 else []
            i = self.index(context + [s])
            if i >= 0:
                return penalty + self.tables[n][1][i]
            if n > 1:
                j = self.index(context)
                if j >= 0:
                    penalty += self.tables[n - 1][2][j]
        return penalty + UNSEEN

    def line_log10p(self, text):
        """log10 P of a whole line, its end included; and the number of symbols predicted."""
        syms = [BOUNDARY] + [symbol(c) for c in text] + [BOUNDARY]
        total = 0.0
        for i in range(1, len(syms)):
            total += self.log10p(syms[max(0, i - self.order + 1):i], syms[i])
        return total, len(syms) - 1
