"""Learned Arabic NER: corpus readers, CRF features, training, scoring, tagging.

``NerTagger.load()`` gives the shipped CRF model (trained on NewsFANE train +
Wojood train mapped to marsad's coarse types); ``marsad.ner.evaluate`` scores
it with conlleval rules. See docs/ner.md.
"""
