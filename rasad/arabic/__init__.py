"""Arabic text core: the normalised view with its offset map, sentences, tokens, word lists."""
