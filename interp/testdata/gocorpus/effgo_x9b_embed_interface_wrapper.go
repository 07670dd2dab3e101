// Exercises: a struct embedding an interface (io.Reader, a user Store) to wrap it and override one method, counting bytes, calling through to the embedded value, nil embedded interface.
package main

import (
	"fmt"
	"io"
	"strings"
)

type countingReader struct {
	io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.Reader.Read(p)
	c.n += n
	return n, err
}

type Store interface {
	Get(k string) (string, bool)
	Set(k, v string)
}

type mapStore map[string]string

func (m mapStore) Get(k string) (string, bool) { v, ok := m[k]; return v, ok }
func (m mapStore) Set(k, v string)             { m[k] = v }

// readOnly overrides Set and keeps Get promoted from the embedded Store.
type readOnly struct {
	Store
	rejected []string
}

func (r *readOnly) Set(k, v string) { r.rejected = append(r.rejected, k) }

func main() {
	cr := &countingReader{Reader: strings.NewReader("hello, embedded world")}
	data, err := io.ReadAll(cr)
	fmt.Println(string(data), err, cr.n)
	buf := make([]byte, 4)
	cr2 := &countingReader{Reader: strings.NewReader("abcdefghij")}
	for {
		n, err := cr2.Read(buf)
		fmt.Printf("%q ", buf[:n])
		if err == io.EOF {
			break
		}
	}
	fmt.Println(cr2.n)

	base := mapStore{"a": "1"}
	var s Store = &readOnly{Store: base}
	s.Set("b", "2")
	v, ok := s.Get("a")
	_, okb := s.Get("b")
	fmt.Println(v, ok, okb, s.(*readOnly).rejected, len(base))

	empty := readOnly{}
	func() {
		defer func() { fmt.Println("nil embedded:", recover() != nil) }()
		empty.Get("x")
	}()
}
