package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// prefixWriter inserts a prefix at the start of every line.
type prefixWriter struct {
	w       io.Writer
	prefix  string
	midLine bool
}

func NewPrefixWriter(w io.Writer, prefix string) io.Writer {
	return &prefixWriter{w: w, prefix: prefix}
}

func (p *prefixWriter) Write(b []byte) (int, error) {
	written := 0
	for len(b) > 0 {
		if !p.midLine {
			if _, err := io.WriteString(p.w, p.prefix); err != nil {
				return written, err
			}
			p.midLine = true
		}
		i := bytes.IndexByte(b, '\n')
		chunk := b
		if i >= 0 {
			chunk = b[:i+1]
			p.midLine = false
		}
		n, err := p.w.Write(chunk)
		written += n
		if err != nil {
			return written, err
		}
		b = b[len(chunk):]
	}
	return written, nil
}

type limitedWriter struct {
	buf   bytes.Buffer
	limit int
}

var errFull = fmt.Errorf("writer full")

func (l *limitedWriter) Write(p []byte) (int, error) {
	room := l.limit - l.buf.Len()
	if room <= 0 {
		return 0, errFull
	}
	if len(p) > room {
		l.buf.Write(p[:room])
		return room, errFull
	}
	return l.buf.Write(p)
}

func main() {
	var out strings.Builder
	pw := NewPrefixWriter(&out, "> ")
	fmt.Fprintf(pw, "first line\nsecond ")
	fmt.Fprintf(pw, "continues %d\n", 2)
	io.WriteString(pw, "third\n\nfifth")
	fmt.Fprintln(pw)
	fmt.Print(out.String())

	tests := []struct {
		in, want string
	}{
		{"a\nb\n", "# a\n# b\n"},
		{"", ""},
		{"x", "# x"},
		{"\n\n", "# \n# \n"},
	}
	for _, tc := range tests {
		var sb strings.Builder
		io.Copy(NewPrefixWriter(&sb, "# "), strings.NewReader(tc.in))
		if sb.String() == tc.want {
			fmt.Printf("PASS %q\n", tc.in)
		} else {
			fmt.Printf("FAIL %q: got %q want %q\n", tc.in, sb.String(), tc.want)
		}
	}

	lw := &limitedWriter{limit: 10}
	n, err := fmt.Fprintf(NewPrefixWriter(lw, "--"), "hello world\n")
	fmt.Printf("n=%d err=%v buf=%q\n", n, err, lw.buf.String())
}
