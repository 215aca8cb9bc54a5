"""The label sizes, apart from the label writer: the settings and the command line name
them without loading reportlab (which only the writing of labels needs)."""

LABEL_LAYOUTS = ("50x25", "70x30", "a4")
