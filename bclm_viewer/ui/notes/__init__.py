"""The user's own data in the UI: note editor, « Mes notes », talk lists, data dialogs."""
