package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

// rot13Reader wraps another reader and decodes ROT13.
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

func (rr rot13Reader) Read(p []byte) (int, error) {
	n, err := rr.r.Read(p)
	for i := 0; i < n; i++ {
		p[i] = rot13(p[i])
	}
	return n, err
}

// countingWriter counts bytes written through it.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

const text = `first line
second line has more words
  
last line`

func main() {
	s := strings.NewReader("Lbh penpxrq gur pbqr!\n")
	io.Copy(os.Stdout, rot13Reader{s})

	// reading in small chunks
	r := strings.NewReader("Hello, Reader!")
	b := make([]byte, 8)
	for {
		n, err := r.Read(b)
		fmt.Printf("n = %d err = %v b[:n] = %q\n", n, err, b[:n])
		if err == io.EOF {
			break
		}
	}

	// line scanning
	sc := bufio.NewScanner(strings.NewReader(text))
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			fmt.Printf("%d: (blank)\n", lineNo)
			continue
		}
		fmt.Printf("%d: %q (%d words)\n", lineNo, line, len(strings.Fields(line)))
	}

	// word scanning
	ws := bufio.NewScanner(strings.NewReader(text))
	ws.Split(bufio.ScanWords)
	count := 0
	for ws.Scan() {
		count++
	}
	fmt.Println("words:", count)

	// bytes.Buffer and bufio.Writer
	var buf bytes.Buffer
	cw := &countingWriter{w: &buf}
	bw := bufio.NewWriter(cw)
	fmt.Fprintf(bw, "%s=%d;", "a", 1)
	bw.WriteString("b=2;")
	fmt.Println("before flush:", cw.n, "buffered:", bw.Buffered())
	bw.Flush()
	fmt.Println("after flush:", cw.n, buf.String())

	// MultiWriter and TeeReader
	var copy1, copy2 bytes.Buffer
	mw := io.MultiWriter(&copy1, &copy2)
	io.WriteString(mw, "to both")
	fmt.Println(copy1.String(), "|", copy2.String())

	var seen bytes.Buffer
	tee := io.TeeReader(strings.NewReader("tee data"), &seen)
	all, _ := io.ReadAll(tee)
	fmt.Println(string(all), "/", seen.String())

	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	limited, _ := io.ReadAll(lr)
	fmt.Println("limited:", string(limited))

	br := bufio.NewReader(strings.NewReader("key: value\nrest"))
	key, _ := br.ReadString(':')
	rn, size, _ := br.ReadRune()
	rest, err := br.ReadString('\n')
	fmt.Printf("%q %q %d %q %v\n", key, rn, size, rest, err)

	up := bytes.Map(unicode.ToUpper, []byte("shout"))
	fmt.Println(string(up), bytes.Contains(up, []byte("OU")), bytes.Count([]byte("banana"), []byte("a")))
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through a pipe")
		pw.Close()
	}()
	piped, _ := io.ReadAll(pr)
	fmt.Println(string(piped))
}
