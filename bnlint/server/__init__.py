"""`bnlint server`: a language server (LSP over stdio) for editors: the source tier's findings as diagnostics while
you type, each fix as a code action. Needs the `server` extra (pygls); nothing here is imported by the linter.

Modules: documents (check an open document with the project's configuration, fix it with the fix pipeline),
protocol (findings and fixes as LSP objects), lsp (the pygls server and its handlers).
"""
