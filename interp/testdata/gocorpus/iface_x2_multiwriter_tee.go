// Exercises: io.MultiWriter and io.TeeReader combining interface values from the standard library.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type lineCounter struct{ lines int }

func (l *lineCounter) Write(p []byte) (int, error) {
	l.lines += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

func main() {
	var buf bytes.Buffer
	var sb strings.Builder
	lc := &lineCounter{}
	w := io.MultiWriter(&buf, &sb, lc)
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(w, "line %d\n", i)
	}
	fmt.Println(buf.Len(), sb.Len(), lc.lines)
	fmt.Print(sb.String())

	var copyBuf bytes.Buffer
	tee := io.TeeReader(strings.NewReader("tee data\nmore\n"), &copyBuf)
	data, _ := io.ReadAll(tee)
	fmt.Printf("%q %q\n", data, copyBuf.String())

	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	part, _ := io.ReadAll(lr)
	fmt.Println(string(part))
	sr := io.NewSectionReader(strings.NewReader("abcdefghij"), 2, 5)
	sec, _ := io.ReadAll(sr)
	fmt.Println(string(sec), sr.Size())
}
