// Command rawyaegi runs a Go file with plain yaegi v0.16.1 and the standard
// library symbols, without the session's front end, to tell a yaegi bug
// from a lowering bug.
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

func main() {
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	i := interp.New(interp.Options{})
	if err := i.Use(stdlib.Symbols); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	// A line "//---" splits the file into sources evaluated one after
	// another, the way the session hands a cell's pieces to yaegi.
	for _, part := range strings.Split(string(src), "\n//---\n") {
		if _, err := i.Eval(part); err != nil {
			fmt.Println("ERROR:", err)
		}
	}
}
