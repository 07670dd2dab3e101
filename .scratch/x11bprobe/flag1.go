package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	n := flag.Int("n", 5, "count")
	name := flag.String("name", "world", "who")
	flag.Parse()
	fmt.Println(*n, *name, flag.NArg(), len(os.Args) >= 1)
	fs := flag.NewFlagSet("sub", flag.ContinueOnError)
	v := fs.Bool("v", false, "verbose")
	err := fs.Parse([]string{"-v", "rest"})
	fmt.Println(*v, err, fs.Args())
}
