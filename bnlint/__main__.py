from bnlint.cli import main

main()
