package main

import (
	"fmt"
	"io"
	"strings"
)

type Store interface {
	Get(key string) (string, bool)
	Set(key, val string)
}

type mapStore map[string]string

func (m mapStore) Get(k string) (string, bool) { v, ok := m[k]; return v, ok }
func (m mapStore) Set(k, v string)             { m[k] = v }

type countingStore struct {
	Store
	gets, sets int
}

func (c *countingStore) Get(k string) (string, bool) {
	c.gets++
	return c.Store.Get(k)
}

type prefixStore struct {
	Store
	prefix string
}

func (p prefixStore) Get(k string) (string, bool) { return p.Store.Get(p.prefix + k) }
func (p prefixStore) Set(k, v string)             { p.Store.Set(p.prefix+k, v) }

type upperWriter struct{ io.Writer }

func (u upperWriter) Write(b []byte) (int, error) {
	return u.Writer.Write([]byte(strings.ToUpper(string(b))))
}

type countWriter struct {
	io.Writer
	n int
}

func (c *countWriter) Write(b []byte) (int, error) {
	n, err := c.Writer.Write(b)
	c.n += n
	return n, err
}

func main() {
	base := mapStore{}
	cs := &countingStore{Store: base}
	ps := prefixStore{cs, "user:"}
	ps.Set("ann", "admin")
	ps.Set("bob", "dev")
	v, ok := ps.Get("ann")
	_, ok2 := ps.Get("zed")
	fmt.Println(v, ok, ok2, cs.gets, cs.sets)
	fmt.Println(base)

	var s Store = cs
	if _, isMap := s.(mapStore); !isMap {
		fmt.Printf("%T wraps %T\n", s, cs.Store)
	}

	var sb strings.Builder
	cw := &countWriter{Writer: &sb}
	w := upperWriter{cw}
	fmt.Fprintf(w, "hello %s, you are %d\n", "gopher", 14)
	io.WriteString(w, "bye")
	fmt.Printf("%q %d\n", sb.String(), cw.n)

	var empty countingStore
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		empty.Get("x")
	}()
	fmt.Println(empty.gets)
}
