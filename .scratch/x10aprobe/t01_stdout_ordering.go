package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "buffered first")
	fmt.Println("direct second")
	w.Flush()
	os.Stdout.WriteString("raw write\n")
	fmt.Fprint(os.Stderr, "to stderr\n")
	println("builtin println to stderr")
	io.Copy(os.Stdout, strings.NewReader("copied\n"))
	fmt.Print("no newline at end")
}
