// Exercises: ByteCounter int and WordCounter as io.Writer via pointer receivers, fmt.Fprintf into them, io.MultiWriter.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
)

type ByteCounter int

func (c *ByteCounter) Write(p []byte) (int, error) {
	*c += ByteCounter(len(p))
	return len(p), nil
}

type WordCounter int

func (w *WordCounter) Write(p []byte) (int, error) {
	sc := bufio.NewScanner(bytes.NewReader(p))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		*w++
	}
	return len(p), nil
}

func main() {
	var c ByteCounter
	c.Write([]byte("hello"))
	fmt.Println(c)
	c = 0
	var name = "Dolly"
	fmt.Fprintf(&c, "hello, %s", name)
	fmt.Println(c)
	var w WordCounter
	fmt.Fprintln(&w, "the quick brown fox", 42)
	fmt.Println(w, int(w)+int(c))
	var out io.Writer = &c
	both := io.MultiWriter(out, &w)
	io.WriteString(both, "one two three")
	fmt.Println(c, w)
	_, ok := out.(io.StringWriter)
	fmt.Println(ok)
}
