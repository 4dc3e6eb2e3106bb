"""Numbers an article states, what they measure, and the dates among them."""
