"""The reference pages: the deck's open questions and perspectives, and the glossary."""
