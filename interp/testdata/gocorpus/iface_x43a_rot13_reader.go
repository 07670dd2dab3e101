package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

type rot13Reader struct {
	io.Reader
}

func (r rot13Reader) Read(p []byte) (int, error) {
	n, err := r.Reader.Read(p)
	for i := range p[:n] {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type upperWriter struct {
	w     io.Writer
	count int
}

func (u *upperWriter) Write(p []byte) (int, error) {
	u.count += len(p)
	return u.w.Write(bytes.ToUpper(p))
}

type lineNumberer struct {
	w       io.Writer
	line    int
	atStart bool
}

func (l *lineNumberer) Write(p []byte) (int, error) {
	for _, b := range p {
		if l.atStart {
			l.line++
			fmt.Fprintf(l.w, "%03d  ", l.line)
			l.atStart = false
		}
		l.w.Write([]byte{b})
		if b == '\n' {
			l.atStart = true
		}
	}
	return len(p), nil
}

func main() {
	secret := "Lbh penpxrq gur pbqr!\nJnl gb tb."
	var out bytes.Buffer
	n, err := io.Copy(&out, rot13Reader{strings.NewReader(secret)})
	fmt.Println(n, err)
	fmt.Println(out.String())

	var buf bytes.Buffer
	uw := &upperWriter{w: &buf}
	ln := &lineNumberer{w: uw, atStart: true}
	io.WriteString(ln, "first line\nsecond line\n")
	fmt.Fprintf(ln, "third %s\n", "line")
	fmt.Print(buf.String())
	fmt.Println("bytes through upper:", uw.count)

	lr := io.LimitReader(rot13Reader{strings.NewReader("Uryyb, Jbeyq")}, 5)
	b, _ := io.ReadAll(lr)
	fmt.Printf("%q\n", b)

	mr := io.MultiReader(strings.NewReader("abc "), strings.NewReader("déf"))
	all, _ := io.ReadAll(mr)
	fmt.Println(strings.Map(unicode.ToUpper, string(all)))

	var a, c bytes.Buffer
	tee := io.TeeReader(strings.NewReader("tee data"), &a)
	io.Copy(io.MultiWriter(&c, io.Discard), tee)
	fmt.Println(a.String(), "|", c.String())
	var r io.Reader = rot13Reader{}
	_, isWriter := r.(io.Writer)
	fmt.Printf("%T %v\n", r, isWriter)
}
