package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func main() {
	var buf bytes.Buffer
	buf.WriteString("header;")
	buf.WriteByte(' ')
	buf.WriteRune('λ')
	fmt.Fprintf(&buf, " n=%03d", 7)
	buf.Write([]byte{'!', '\n'})
	fmt.Printf("%q len=%d\n", buf.String(), buf.Len())
	line, err := buf.ReadString(';')
	fmt.Printf("%q %v rest=%q\n", line, err, buf.String())
	b, _ := buf.ReadByte()
	r, size, _ := buf.ReadRune()
	fmt.Println(b, string(r), size)
	buf.Reset()
	fmt.Println(buf.Len(), buf.String() == "")

	fields := bytes.FieldsFunc([]byte("a1,b22;;c333 d"), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	fmt.Printf("%q\n", fields)
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Compare([]byte("a"), []byte("b")), bytes.Index([]byte("gopher"), []byte("ph")))
	joined := bytes.Join([][]byte{[]byte("a"), []byte("b"), []byte("c")}, []byte("--"))
	fmt.Println(string(joined), string(bytes.TrimLeft([]byte("xxhixx"), "x")), string(bytes.Title([]byte("x"))) != "")

	cr := &countingReader{r: strings.NewReader("line one\nline two\nline three")}
	var out bytes.Buffer
	uw := upperWriter{&out}
	bw := bufio.NewWriter(uw)
	br := bufio.NewReader(cr)
	for {
		l, err := br.ReadString('\n')
		if len(l) > 0 {
			fmt.Fprintf(bw, "> %s", l)
		}
		if err == io.EOF {
			break
		}
	}
	bw.WriteString("\n")
	bw.Flush()
	fmt.Print(out.String())
	fmt.Println("read bytes:", cr.n)
	n, _ := io.Copy(io.Discard, io.LimitReader(strings.NewReader("0123456789"), 4))
	var sb strings.Builder
	io.Copy(&sb, io.MultiReader(strings.NewReader("ab"), bytes.NewReader([]byte("cd"))))
	fmt.Println(n, sb.String())
}
