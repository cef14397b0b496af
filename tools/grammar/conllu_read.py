"""Reading CoNLL-U for the grammar tools: sentences as lists of the ten columns of their
word lines (multi-word token ranges and empty nodes left out)."""


def sentences(path):
    """Yields each sentence of the CoNLL-U file at `path` as a list of column lists."""
    sent = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if sent:
                yield sent
            sent = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) == 10 and "-" not in cols[0] and "." not in cols[0]:
                sent.append(cols)
    if sent:
        yield sent
