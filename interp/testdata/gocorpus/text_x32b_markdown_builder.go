package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

type Doc struct {
	buf      bytes.Buffer
	headings []string
}

func (d *Doc) H(level int, title string) *Doc {
	fmt.Fprintf(&d.buf, "%s %s\n\n", strings.Repeat("#", level), title)
	d.headings = append(d.headings, strings.Repeat("  ", level-1)+"- "+title)
	return d
}

func (d *Doc) P(format string, args ...any) *Doc {
	fmt.Fprintf(&d.buf, format+"\n\n", args...)
	return d
}

func (d *Doc) List(items ...string) *Doc {
	for i, it := range items {
		fmt.Fprintf(&d.buf, "%d. %s\n", i+1, it)
	}
	d.buf.WriteByte('\n')
	return d
}

func (d *Doc) Code(lang, src string) *Doc {
	d.buf.WriteString("```" + lang + "\n")
	d.buf.WriteString(strings.TrimSpace(src))
	d.buf.WriteString("\n```\n\n")
	return d
}

func (d *Doc) WriteTo(w io.Writer) (int64, error) {
	n, err := io.WriteString(w, "Contents:\n"+strings.Join(d.headings, "\n")+"\n\n")
	if err != nil {
		return int64(n), err
	}
	m, err := d.buf.WriteTo(w)
	return int64(n) + m, err
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func wrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(text) {
		if cur.Len() > 0 && cur.Len()+1+len(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func main() {
	var d Doc
	d.H(1, "Notebook Tour").
		P("Generated with %d sections and %.1f%% coverage.", 3, 87.5).
		H(2, "Setup").
		List("install Go", "open a notebook", "run `go version`").
		H(2, "Hello").
		Code("go", "\n  fmt.Println(\"hi\")\n").
		H(3, "Notes & Caveats!")
	var out bytes.Buffer
	n, err := d.WriteTo(&out)
	fmt.Print(out.String())
	fmt.Println("bytes:", n, err, out.Len() == int(n))

	for _, h := range []string{"Notes & Caveats!", "  Hello, World  ", "Go 1.22: range-over-func"} {
		fmt.Printf("%q -> %q\n", h, slug(h))
	}
	for i, l := range wrap("The quick brown fox jumps over the lazy dog and keeps running far away", 20) {
		fmt.Printf("%2d |%-20s|\n", i, l)
	}

	var bb bytes.Buffer
	bb.WriteString("hello ")
	bb.Write([]byte("world"))
	bb.WriteRune('!')
	fmt.Println(bb.String(), bb.Len())
	first, _ := bb.ReadString(' ')
	fmt.Printf("%q %q\n", first, bb.String())
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), bytes.ToUpper([]byte("abc")), string(bytes.TrimSpace([]byte("  x  "))))
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
}
