"""The browser connector in the window: the endpoint while it is open, and its pairing dialog."""
