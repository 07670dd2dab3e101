package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

type rot13Reader struct {
	r io.Reader
}

func rot13(b byte) byte {
	switch {
	case b >= 'a' && b <= 'z':
		return 'a' + (b-'a'+13)%26
	case b >= 'A' && b <= 'Z':
		return 'A' + (b-'A'+13)%26
	}
	return b
}

func (r rot13Reader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := 0; i < n; i++ {
		p[i] = rot13(p[i])
	}
	return n, err
}

// countingWriter counts bytes and lines passing through.
type countingWriter struct {
	w     io.Writer
	bytes int
	lines int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.bytes += n
	for _, b := range p[:n] {
		if b == '\n' {
			c.lines++
		}
	}
	return n, err
}

func main() {
	src := "Uryyb, Tbcuref!\nJevgr grfgnoyr pbqr.\nVagresnprf ner fznyy.\n"
	cw := &countingWriter{w: os.Stdout}
	n, err := io.Copy(cw, rot13Reader{strings.NewReader(src)})
	fmt.Printf("copied %d bytes, err=%v, lines=%d\n", n, err, cw.lines)

	sc := bufio.NewScanner(rot13Reader{strings.NewReader(src)})
	sc.Split(bufio.ScanWords)
	words := 0
	for sc.Scan() {
		words++
		if words <= 3 {
			fmt.Printf("word %d: %q\n", words, sc.Text())
		}
	}
	fmt.Println("words:", words)

	var sb strings.Builder
	bw := bufio.NewWriter(&sb)
	fmt.Fprintf(bw, "%s|%5d|%-6s|\n", "x", 42, "ok")
	fmt.Println("before flush:", sb.Len())
	bw.Flush()
	fmt.Print("after flush: ", sb.String())
	check := rot13Reader{strings.NewReader("nop")}
	buf := make([]byte, 2)
	for {
		k, err := check.Read(buf)
		fmt.Printf("read %d %q err=%v\n", k, buf[:k], err)
		if err == io.EOF {
			break
		}
	}
}
