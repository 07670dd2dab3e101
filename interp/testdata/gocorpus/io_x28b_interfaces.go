package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// Accept interfaces, return structs. Small interfaces like io.Reader compose;
// a common mistake is ignoring n when Read returns data together with io.EOF.

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type countingReader struct {
	r     io.Reader
	bytes int
	calls int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.bytes += n
	c.calls++
	return n, err
}

// A reader that returns data and io.EOF in the same call.
type eagerEOF struct{ data []byte }

func (e *eagerEOF) Read(p []byte) (int, error) {
	n := copy(p, e.data)
	e.data = e.data[n:]
	if len(e.data) == 0 {
		return n, io.EOF
	}
	return n, nil
}

func readAllWrong(r io.Reader) string {
	var out []byte
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		if err != nil {
			break // loses the last n bytes
		}
		out = append(out, buf[:n]...)
	}
	return string(out)
}

func readAllRight(r io.Reader) string {
	var out []byte
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		out = append(out, buf[:n]...)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "error: " + err.Error()
		}
	}
	return string(out)
}

func wordFreq(r io.Reader) map[string]int {
	sc := bufio.NewScanner(r)
	sc.Split(bufio.ScanWords)
	m := map[string]int{}
	for sc.Scan() {
		w := strings.TrimFunc(strings.ToLower(sc.Text()), func(r rune) bool { return !unicode.IsLetter(r) })
		m[w]++
	}
	return m
}

func main() {
	fmt.Println(readAllWrong(&eagerEOF{data: []byte("hello world")}))
	fmt.Println(readAllRight(&eagerEOF{data: []byte("hello world")}))

	cr := &countingReader{r: strings.NewReader("some text to count")}
	data, err := io.ReadAll(cr)
	fmt.Println(string(data), err, cr.bytes, cr.calls > 0)

	var buf bytes.Buffer
	w := io.MultiWriter(&buf, upperWriter{&buf})
	fmt.Fprint(w, "ab|")
	fmt.Println(buf.String())

	var sb strings.Builder
	bw := bufio.NewWriter(&sb)
	fmt.Fprintf(bw, "buffered %d", 1)
	fmt.Printf("before flush: %q\n", sb.String())
	bw.Flush()
	fmt.Printf("after flush: %q\n", sb.String())

	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	b, _ := io.ReadAll(lr)
	fmt.Println(string(b))

	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader("two "), strings.NewReader("one"))
	fmt.Println(wordFreq(mr))

	sc := bufio.NewScanner(strings.NewReader("line1\nline2\r\n\nline4"))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d:%q ", n, sc.Text())
	}
	fmt.Println(sc.Err())

	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through the pipe")
		pw.CloseWithError(errors.New("writer done"))
	}()
	got, err := io.ReadAll(pr)
	fmt.Printf("%q %v\n", got, err)

	var sr io.Reader = strings.NewReader("seekable")
	if s, ok := sr.(io.Seeker); ok {
		s.Seek(4, io.SeekStart)
		rest, _ := io.ReadAll(sr)
		fmt.Println("rest:", string(rest))
	}
	_, isWriter := sr.(io.Writer)
	fmt.Println("strings.Reader is a Writer:", isWriter)

	section := io.NewSectionReader(strings.NewReader("abcdefgh"), 2, 3)
	sec, _ := io.ReadAll(section)
	fmt.Println(string(sec))
	nCopied, _ := io.Copy(io.Discard, strings.NewReader("discard me"))
	fmt.Println(nCopied)
}
