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

type rot13Reader struct{ r io.Reader }

func (rr rot13Reader) Read(p []byte) (int, error) {
	n, err := rr.r.Read(p)
	for i := 0; i < n; i++ {
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

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type lineCounter struct {
	lines, bytes int
}

func (lc *lineCounter) Write(p []byte) (int, error) {
	lc.bytes += len(p)
	lc.lines += bytes.Count(p, []byte{'\n'})
	return len(p), nil
}

type slowReader struct {
	data []byte
}

func (s *slowReader) Read(p []byte) (int, error) {
	if len(s.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p[:1], s.data)
	s.data = s.data[n:]
	return n, nil
}

type Sentence []string

func (s Sentence) WriteTo(w io.Writer) (int64, error) {
	n, err := io.WriteString(w, strings.Join(s, " ")+".\n")
	return int64(n), err
}

func main() {
	io.Copy(os.Stdout, rot13Reader{strings.NewReader("Lbh penpxrq gur pbqr!\n")})
	io.Copy(upperWriter{os.Stdout}, rot13Reader{rot13Reader{strings.NewReader("double rot is identity\n")}})

	lc := &lineCounter{}
	w := io.MultiWriter(lc, upperWriter{os.Stdout})
	fmt.Fprintf(w, "line %d\nline %d\n", 1, 2)
	fmt.Printf("%+v\n", *lc)

	sr := &slowReader{data: []byte("byte by byte")}
	buf := make([]byte, 4)
	var reads []string
	for {
		n, err := sr.Read(buf)
		if n > 0 {
			reads = append(reads, string(buf[:n]))
		}
		if err == io.EOF {
			break
		}
	}
	fmt.Println(len(reads), strings.Join(reads, "|"))

	all, _ := io.ReadAll(bufio.NewReader(&slowReader{data: []byte("buffered slow")}))
	fmt.Printf("%s\n", all)

	n, err := Sentence{"writers", "can", "write", "themselves"}.WriteTo(os.Stdout)
	fmt.Println(n, err)
	var bb bytes.Buffer
	n, err = Sentence{"into", "a", "buffer"}.WriteTo(&bb)
	fmt.Printf("%d %v %q\n", n, err, bb.String())

	sc := bufio.NewScanner(rot13Reader{strings.NewReader("Uryyb, Jbeyq. Tbcuref ner sha")})
	sc.Split(bufio.ScanRunes)
	letters := 0
	for sc.Scan() {
		if unicode.IsLetter([]rune(sc.Text())[0]) {
			letters++
		}
	}
	fmt.Println("letters:", letters)
	var r io.Reader = rot13Reader{strings.NewReader("x")}
	_, isWT := r.(io.WriterTo)
	_, isStringer := r.(fmt.Stringer)
	fmt.Printf("%T WriterTo=%v Stringer=%v\n", r, isWT, isStringer)
	lim := io.LimitReader(strings.NewReader("0123456789"), 4)
	rest, _ := io.ReadAll(lim)
	fmt.Println(string(rest))
}
