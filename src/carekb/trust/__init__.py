"""Pure verification: content hashes, keys and signatures, "is this approval valid now".

Nothing here writes into a knowledge base. The approval lint rules,
``carekb status``, the review workflow and the export gate all ask the same
functions, so they can never disagree about whether content is approved.
``cryptography`` is imported only where a key or signature is actually used.
"""
