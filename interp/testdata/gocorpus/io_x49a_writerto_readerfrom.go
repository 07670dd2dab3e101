package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// Record implements io.WriterTo so io.Copy can use it directly.
type Records []string

func (rs Records) WriteTo(w io.Writer) (int64, error) {
	var total int64
	for i, r := range rs {
		n, err := fmt.Fprintf(w, "%03d:%s\n", i, r)
		total += int64(n)
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

// Sink implements io.ReaderFrom and counts how it was fed.
type Sink struct {
	buf       bytes.Buffer
	readFroms int
}

func (s *Sink) Write(p []byte) (int, error) { return s.buf.Write(p) }

func (s *Sink) ReadFrom(r io.Reader) (int64, error) {
	s.readFroms++
	return s.buf.ReadFrom(r)
}

type onlyWriter struct{ io.Writer }
type onlyReader struct{ io.Reader }

func main() {
	rs := Records{"alpha", "beta", "gamma"}
	var sb strings.Builder
	n, err := rs.WriteTo(&sb)
	fmt.Println(n, err)
	fmt.Print(sb.String())

	sink := &Sink{}
	n, _ = io.Copy(sink, strings.NewReader("via readfrom"))
	fmt.Println(n, sink.readFroms, sink.buf.String())
	n, _ = io.Copy(onlyWriter{sink}, onlyReader{strings.NewReader("|plain")})
	fmt.Println(n, sink.readFroms, sink.buf.String())

	r := strings.NewReader("héllo, wörld")
	fmt.Println(r.Len(), r.Size())
	ch, size, _ := r.ReadRune()
	fmt.Printf("%c %d\n", ch, size)
	ch, size, _ = r.ReadRune()
	fmt.Printf("%c %d\n", ch, size)
	r.UnreadRune()
	rest := make([]byte, 4)
	r.Read(rest)
	fmt.Printf("%q %d\n", rest, r.Len())
	pos, _ := r.Seek(-5, io.SeekEnd)
	tail, _ := io.ReadAll(r)
	fmt.Printf("%d %q\n", pos, tail)
	r.Reset("new")
	b, _ := r.ReadByte()
	fmt.Println(string(b), r.Len())

	var buf bytes.Buffer
	rs.WriteTo(&buf)
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v %d\n", line, err, buf.Len())
	fmt.Println(bytes.Count(buf.Bytes(), []byte("\n")))

	tests := []struct {
		recs Records
		want string
	}{
		{nil, ""},
		{Records{""}, "000:\n"},
		{Records{"x", "y"}, "000:x\n001:y\n"},
	}
	for i, tt := range tests {
		var out strings.Builder
		tt.recs.WriteTo(&out)
		if out.String() == tt.want {
			fmt.Println("PASS", i)
		} else {
			fmt.Printf("FAIL %d %q\n", i, out.String())
		}
	}
}
