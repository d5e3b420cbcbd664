"""The trained suggestion tagger in the window: training, versions, the status-bar line."""
