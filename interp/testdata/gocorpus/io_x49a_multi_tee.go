package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"strings"
)

// upperWriter upper-cases ASCII before passing bytes on.
type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

// slowReader returns at most n bytes per Read, like a network conn.
type slowReader struct {
	r     io.Reader
	n     int
	reads int
}

func (s *slowReader) Read(p []byte) (int, error) {
	s.reads++
	if len(p) > s.n {
		p = p[:s.n]
	}
	return s.r.Read(p)
}

type failingWriter struct{ after int }

var errDisk = errors.New("disk full")

func (f *failingWriter) Write(p []byte) (int, error) {
	if f.after <= 0 {
		return 0, errDisk
	}
	if len(p) > f.after {
		n := f.after
		f.after = 0
		return n, errDisk
	}
	f.after -= len(p)
	return len(p), nil
}

func main() {
	input := "line one\nline two\nline three\n"
	var plain, shout bytes.Buffer
	h := sha256.New()
	sr := &slowReader{r: strings.NewReader(input), n: 4}
	tee := io.TeeReader(sr, h)
	n, err := io.Copy(io.MultiWriter(&plain, upperWriter{&shout}), tee)
	fmt.Println(n, err, sr.reads)
	fmt.Print(shout.String())
	fmt.Printf("sha256: %x\n", h.Sum(nil)[:8])
	fmt.Println(plain.String() == input)

	r := io.MultiReader(strings.NewReader("ab"), strings.NewReader(""), strings.NewReader("cd\nef"))
	br := bufio.NewReader(r)
	for {
		line, err := br.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}

	lr := io.LimitReader(strings.NewReader("0123456789"), 6)
	buf := make([]byte, 4)
	k, _ := io.ReadFull(lr, buf)
	fmt.Println(k, string(buf))
	k, err = io.ReadFull(lr, buf)
	fmt.Println(k, err, errors.Is(err, io.ErrUnexpectedEOF))

	fw := &failingWriter{after: 5}
	written, err := io.Copy(fw, strings.NewReader("hello world"))
	fmt.Println(written, err, errors.Is(err, errDisk))

	sec := io.NewSectionReader(strings.NewReader("header:payload:trailer"), 7, 7)
	all, _ := io.ReadAll(sec)
	fmt.Printf("%s %d\n", all, sec.Size())
	pr, pw := io.Pipe()
	go func() {
		w := bufio.NewWriter(pw)
		for i := range 3 {
			fmt.Fprintf(w, "msg %d\n", i)
		}
		w.Flush()
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("got", sc.Text())
	}
}
