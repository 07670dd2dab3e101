// Exercises: bufio.Reader ReadString/ReadRune/Peek over a strings.Reader, and bufio.Writer flushing.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("first line\nsecond line\nno newline at end"))
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err == io.EOF {
			break
		}
	}
	rr := bufio.NewReader(strings.NewReader("héllo"))
	peek, _ := rr.Peek(2)
	fmt.Printf("peek %q\n", peek)
	for {
		ch, size, err := rr.ReadRune()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("%c/%d ", ch, size)
	}
	fmt.Println()
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", w.Buffered())
	fmt.Fprintf(w, "now buffered %d\n", w.Buffered())
	w.Flush()
	lr := bufio.NewReader(strings.NewReader("key: value\nother: thing\n"))
	for {
		k, err := lr.ReadString(':')
		if err != nil {
			break
		}
		v, _ := lr.ReadString('\n')
		fmt.Printf("[%s]=[%s]\n", strings.TrimSuffix(k, ":"), strings.TrimSpace(v))
	}
}
