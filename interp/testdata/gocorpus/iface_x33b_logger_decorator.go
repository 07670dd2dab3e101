package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type Store interface {
	Get(key string) (string, error)
	Set(key, value string) error
}

type MemStore struct {
	data map[string]string
}

func (m *MemStore) Get(k string) (string, error) {
	v, ok := m.data[k]
	if !ok {
		return "", &NotFoundError{Key: k}
	}
	return v, nil
}

func (m *MemStore) Set(k, v string) error {
	if k == "" {
		return fmt.Errorf("empty key")
	}
	m.data[k] = v
	return nil
}

type NotFoundError struct{ Key string }

func (e *NotFoundError) Error() string { return "not found: " + e.Key }

type LoggingStore struct {
	Store
	out   io.Writer
	calls int
}

func (l *LoggingStore) Get(k string) (string, error) {
	l.calls++
	v, err := l.Store.Get(k)
	fmt.Fprintf(l.out, "GET %q -> %q, %v\n", k, v, err)
	return v, err
}

type UpperStore struct{ Store }

func (u UpperStore) Set(k, v string) error { return u.Store.Set(k, strings.ToUpper(v)) }

type countingWriter struct {
	w     io.Writer
	bytes int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.bytes += n
	return n, err
}

func main() {
	var buf bytes.Buffer
	cw := &countingWriter{w: io.MultiWriter(os.Stdout, &buf)}
	mem := &MemStore{data: map[string]string{}}
	var s Store = &LoggingStore{Store: UpperStore{mem}, out: cw}

	fmt.Println(s.Set("animal", "zebra"), s.Set("", "x"))
	s.Get("animal")
	_, err := s.Get("plant")
	if nf, ok := err.(*NotFoundError); ok {
		fmt.Println("missing key:", nf.Key)
	}
	ls := s.(*LoggingStore)
	fmt.Println("calls:", ls.calls, "logged bytes:", cw.bytes, buf.Len() == cw.bytes)
	fmt.Printf("%T %T\n", s, ls.Store)
	_, isUpper := ls.Store.(UpperStore)
	_, isMem := ls.Store.(*MemStore)
	fmt.Println(isUpper, isMem, mem.data)

	var w io.Writer = cw
	if _, ok := w.(io.Reader); !ok {
		fmt.Println("writer is not a reader")
	}
	if sw, ok := w.(io.StringWriter); ok {
		sw.WriteString("never\n")
	} else {
		io.WriteString(w, "via io.WriteString\n")
	}
	r := io.TeeReader(strings.NewReader("copy me"), &buf)
	data, _ := io.ReadAll(r)
	fmt.Println(string(data), strings.HasSuffix(buf.String(), "copy me"))
	var nilStore *MemStore
	var iface Store = nilStore
	fmt.Println(iface == nil, nilStore == nil)
}
