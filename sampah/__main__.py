from sampah.cli import main

main()
