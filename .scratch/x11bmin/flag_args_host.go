package main

import (
	"flag"
	"fmt"
)

func main() {
	flag.Parse()
	// go run: 0 []; gobackprop: the host process's arguments (cellrun: 1 [file]; the kernel,
	// started as "gobackprop kernel CONN", would give 2 [kernel CONN]) - os.Args is the
	// cell's own ([main]) but the compiled flag package reads the process's
	fmt.Println(flag.NArg(), flag.Args())
}
