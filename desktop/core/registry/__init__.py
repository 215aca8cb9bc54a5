"""The donor registry from the provincial center: reading and checking its file, and
importing it all or nothing."""
