package main

import (
	"bytes"
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

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type countingReader struct {
	io.Reader
	reads, bytes int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.Reader.Read(p)
	c.reads++
	c.bytes += n
	return n, err
}

func main() {
	s := strings.NewReader("Lbh penpxrq gur pbqr!\n")
	r := rot13Reader{s}
	io.Copy(os.Stdout, &r)

	cr := &countingReader{Reader: rot13Reader{strings.NewReader("Uryyb, Tbcuref. Gur dhvpx oebja sbk.")}}
	buf := make([]byte, 8)
	var out bytes.Buffer
	for {
		n, err := cr.Read(buf)
		out.Write(buf[:n])
		if err == io.EOF {
			break
		}
	}
	fmt.Println(out.String())
	fmt.Println("reads:", cr.reads, "bytes:", cr.bytes)

	var sb strings.Builder
	io.Copy(upperWriter{&sb}, rot13Reader{rot13Reader{strings.NewReader("double rot is identity")}})
	fmt.Println(sb.String())

	data, _ := io.ReadAll(io.LimitReader(rot13Reader{strings.NewReader("abcdefghijklmnop")}, 5))
	fmt.Printf("%s %d\n", data, len(data))
	mr := io.MultiReader(strings.NewReader("ab"), rot13Reader{strings.NewReader("cd")}, strings.NewReader("ef"))
	all, _ := io.ReadAll(mr)
	fmt.Println(string(all))
}
