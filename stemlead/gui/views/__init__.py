"""One class per sidebar section; the main window only hosts and routes between them."""
