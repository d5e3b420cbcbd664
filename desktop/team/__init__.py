"""Working as a team: agreement, the review dock, switching annotator, merging projects."""
